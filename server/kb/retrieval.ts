import type { DbClient, KnowledgeKind } from "@/server/db";
import { inferenceEmbedder, type Embedder } from "./embeddings";
import { searchFullText, type FullTextHit } from "./full-text-search";
import type { KnowledgeLanguage } from "./limits";
import { queryTerms } from "./query-terms";
import { searchVectors, type VectorHit } from "./vector-search";

export const RRF_K = 60;
const CANDIDATES = 50;
/** Answerable when the best full-text hit holds this share of the query's IDF-weighted terms (docs/knowledge-base.md). */
export const FTS_ANSWERABLE_COVERAGE = 0.25;
/**
 * The tiny demo embeddings model knows seven concepts; at full weight its ranking overturns good full-text hits, so
 * its votes count a tenth in the fusion (measured in docs/benchmarks.md). A real model's votes count fully.
 */
export const TINY_VECTOR_WEIGHT = 0.1;
/** With a real (not tiny) embeddings model, a nearest chunk this close also makes a question answerable. */
export const VECTOR_ANSWERABLE_COSINE = 0.6;

export type RetrievalMode = "hybrid" | "fts" | "vector";

export interface RetrieveOptions {
  limit?: number;
  /** The reader's language: when an entry exists in several languages, this one is returned. */
  language?: KnowledgeLanguage;
  mode?: RetrievalMode;
  embed?: Embedder;
}

export interface RetrievedPassage {
  documentId: string;
  chunkId: string;
  title: string;
  externalId: string | null;
  language: string | null;
  kind: KnowledgeKind;
  text: string;
  /** Reciprocal-rank-fusion score: Σ weight/(60 + rank) over the rankings that found the chunk. */
  score: number;
  ftsRank?: number;
  vectorRank?: number;
  /** Share of the query's weighted terms found in this chunk (0–1). */
  ftsCoverage?: number;
  cosine?: number;
}

export interface Retrieval {
  passages: RetrievedPassage[];
  /** 0–1: the full-text coverage of the best hit, or its cosine when a real embeddings model ran. */
  confidence: number;
  /** false: the knowledge base most likely does not answer this; say so rather than guess. */
  answerable: boolean;
  /** Which rankings actually ran (vectors are skipped when inference fails or no chunk is embedded). */
  used: { fts: boolean; vector: boolean };
  embeddingModel: string | null;
  tiny: boolean | null;
}

interface QueryVector {
  hits: VectorHit[];
  model: string;
  tiny: boolean;
}

async function vectorHits(db: DbClient, organizationId: string, query: string, embed: Embedder): Promise<QueryVector | null> {
  try {
    const { vectors, model, tiny } = await embed([query.slice(0, 4000)]);
    const hits = await searchVectors(db, organizationId, Float32Array.from(vectors[0] ?? []), model, CANDIDATES);
    return { hits, model, tiny };
  } catch (error) {
    console.warn(`[kb] query embedding failed, full-text only: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/**
 * Hybrid retrieval over one organization's knowledge: full-text (IDF-weighted OR of segmented terms) and vector cosine,
 * fused by reciprocal rank (k = 60). Every query is filtered by `organizationId`, which callers take from their context.
 */
export async function retrieve(db: DbClient, organizationId: string, query: string, options: RetrieveOptions = {}): Promise<Retrieval> {
  const { limit = 5, language, mode = "hybrid", embed = inferenceEmbedder } = options;
  const [fullText, vector] = await Promise.all([
    mode === "vector" ? Promise.resolve<FullTextHit[] | null>(null) : searchFullText(db, organizationId, queryTerms(query), CANDIDATES),
    mode === "fts" ? Promise.resolve(null) : vectorHits(db, organizationId, query, embed),
  ]);

  const fused = new Map<string, Omit<RetrievedPassage, "documentId" | "title" | "externalId" | "language" | "kind" | "text">>();
  const entry = (chunkId: string) => fused.get(chunkId) ?? fused.set(chunkId, { chunkId, score: 0 }).get(chunkId)!;
  fullText?.forEach((hit, index) => Object.assign(entry(hit.chunkId), { ftsRank: index + 1, ftsCoverage: hit.coverage, score: entry(hit.chunkId).score + 1 / (RRF_K + index + 1) }));
  const vectorWeight = vector?.tiny ? TINY_VECTOR_WEIGHT : 1;
  vector?.hits.forEach((hit, index) => Object.assign(entry(hit.chunkId), { vectorRank: index + 1, cosine: hit.cosine, score: entry(hit.chunkId).score + vectorWeight / (RRF_K + index + 1) }));

  const chunks = await db.knowledgeChunk.findMany({
    where: { organizationId, id: { in: [...fused.keys()] } },
    select: { id: true, ordinal: true, text: true, document: { select: { id: true, title: true, externalId: true, language: true, kind: true } } },
  });
  const passages = preferLanguage(
    chunks.map(({ id, ordinal, text, document }) => ({
      ...fused.get(id)!,
      documentId: document.id,
      title: document.title,
      externalId: document.externalId,
      language: document.language,
      kind: document.kind,
      text,
      ordinal,
    })),
    language,
  ).slice(0, limit);

  const coverage = Math.max(0, ...(fullText ?? []).map((hit) => hit.coverage));
  const topCosine = vector && !vector.tiny ? Math.max(0, ...vector.hits.map((hit) => hit.cosine)) : 0;
  return {
    passages,
    confidence: Math.max(coverage, topCosine),
    answerable: passages.length > 0 && (coverage >= FTS_ANSWERABLE_COVERAGE || topCosine >= VECTOR_ANSWERABLE_COSINE),
    used: { fts: fullText !== null, vector: (vector?.hits.length ?? 0) > 0 },
    embeddingModel: vector?.model ?? null,
    tiny: vector?.tiny ?? null,
  };
}

/**
 * Ranks by fused score and keeps one version of an entry written in several languages (same externalId and chunk
 * position): the reader's language when present, else the best-ranked; the group keeps its best score.
 */
function preferLanguage(passages: (RetrievedPassage & { ordinal: number })[], language: KnowledgeLanguage | undefined): RetrievedPassage[] {
  const groups = new Map<string, (RetrievedPassage & { ordinal: number })[]>();
  for (const passage of passages.sort((a, b) => b.score - a.score || a.chunkId.localeCompare(b.chunkId))) {
    const key = passage.externalId ? `${passage.externalId}#${passage.ordinal}` : passage.chunkId;
    groups.set(key, [...(groups.get(key) ?? []), passage]);
  }
  return [...groups.values()].map((group) => {
    const chosen = group.find((p) => p.language === language) ?? group[0]!;
    const { ordinal: _ordinal, ...passage } = chosen;
    return { ...passage, score: group[0]!.score };
  });
}
