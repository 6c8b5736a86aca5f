import type { DbClient } from "@/server/db";
import type { QueryTerm } from "./query-terms";

export interface FullTextHit {
  chunkId: string;
  score: number;
  /** Share of the query's IDF-weighted terms this chunk contains (0–1): the full-text confidence. */
  coverage: number;
}

// ts_rank_cd weights for {D, C, B, A}: body text is D, the title A.
const RANK_WEIGHTS = "{0.3,0.3,0.6,1.0}";
// rank / (rank + 0.3): a term in the body counts 0.5, in the title 0.77, repeated a little more — so how many of the
// query's informative terms a chunk holds decides, not how often one common term recurs (BM25's tf saturation).
const RANK_SATURATION = 0.3;

/**
 * OR-of-terms full-text search over one organization's chunks. Each term's saturated ts_rank_cd is weighted by its
 * IDF within the organization (Postgres' ranking has none), so rare topic words outrank common ones and a paraphrase
 * sharing only some words still matches.
 */
export async function searchFullText(db: DbClient, organizationId: string, terms: QueryTerm[], limit: number): Promise<FullTextHit[]> {
  if (terms.length === 0) return [];
  const rows = await db.$queryRaw<{ chunkId: string; score: number; matched: number; total: number }[]>`
    WITH terms AS (
      SELECT t.term, t.weight, plainto_tsquery('simple', t.term) AS q
      FROM unnest(${terms.map((t) => t.term)}::text[], ${terms.map((t) => t.weight)}::float8[]) AS t(term, weight)
    ), org_chunks AS (
      SELECT id, "searchVector" FROM "KnowledgeChunk"
      WHERE "organizationId" = ${organizationId} AND "searchVector" IS NOT NULL
    ), term_stats AS (
      SELECT terms.term, terms.weight, terms.q, count(org_chunks.id) AS df
      FROM terms LEFT JOIN org_chunks ON org_chunks."searchVector" @@ terms.q
      GROUP BY terms.term, terms.weight, terms.q
    ), weighted AS (
      SELECT q, weight * ln(1 + ((SELECT count(*) FROM org_chunks) - df + 0.5) / (df + 0.5)) AS idf FROM term_stats
    )
    SELECT org_chunks.id AS "chunkId",
           sum(weighted.idf * saturated.rank)::float8 AS score,
           sum(weighted.idf)::float8 AS matched,
           (SELECT sum(idf) FROM weighted)::float8 AS total
    FROM org_chunks JOIN weighted ON org_chunks."searchVector" @@ weighted.q
    CROSS JOIN LATERAL (SELECT ts_rank_cd(${RANK_WEIGHTS}::float4[], org_chunks."searchVector", weighted.q) AS raw) AS ranked
    CROSS JOIN LATERAL (SELECT ranked.raw / (ranked.raw + ${RANK_SATURATION}) AS rank) AS saturated
    GROUP BY org_chunks.id
    ORDER BY score DESC, org_chunks.id
    LIMIT ${limit}`;
  return rows.map((r) => ({ chunkId: r.chunkId, score: Number(r.score), coverage: r.total > 0 ? Number(r.matched) / Number(r.total) : 0 }));
}
