import type { DbClient } from "@/server/db";
import { cosine, decodeVector } from "./embeddings";

interface OrganizationVectors {
  version: string;
  chunks: { chunkId: string; model: string; vector: Float32Array }[];
}

export interface VectorHit {
  chunkId: string;
  cosine: number;
}

const MAX_CACHED_ORGANIZATIONS = 200;
const cache = new Map<string, OrganizationVectors>();

/**
 * One organization's chunk vectors, decoded once and reused until its chunks change. Chunk ids are new on every
 * re-index, so a digest of them is an exact version (and cheaper than reading the vectors).
 */
async function organizationVectors(db: DbClient, organizationId: string): Promise<OrganizationVectors> {
  const [{ version } = { version: "" }] = await db.$queryRaw<{ version: string }[]>`
    SELECT count(*)::text || ':' || md5(coalesce(string_agg(id, ',' ORDER BY id), '')) AS version
    FROM "KnowledgeChunk" WHERE "organizationId" = ${organizationId} AND "embedding" IS NOT NULL`;
  const cached = cache.get(organizationId);
  if (cached?.version === version) return cached;
  const rows = await db.knowledgeChunk.findMany({
    where: { organizationId, embedding: { not: null } },
    select: { id: true, embedding: true, embeddingModel: true },
  });
  const loaded = { version, chunks: rows.map((r) => ({ chunkId: r.id, model: r.embeddingModel ?? "", vector: decodeVector(r.embedding!) })) };
  cache.delete(organizationId);
  cache.set(organizationId, loaded);
  if (cache.size > MAX_CACHED_ORGANIZATIONS) cache.delete(cache.keys().next().value!);
  return loaded;
}

/** Cosine nearest chunks, in process (pgvector is not available here; see docs/knowledge-base.md). */
export async function searchVectors(db: DbClient, organizationId: string, query: Float32Array, model: string, limit: number): Promise<VectorHit[]> {
  const { chunks } = await organizationVectors(db, organizationId);
  return chunks
    .filter((c) => c.model === model && c.vector.length === query.length)
    .map((c) => ({ chunkId: c.chunkId, cosine: cosine(query, c.vector) }))
    .filter((hit) => hit.cosine > 0)
    .sort((a, b) => b.cosine - a.cosine)
    .slice(0, limit);
}
