import type { DbClient } from "@/server/db";

export interface KnowledgeIndexStatus {
  documents: number;
  chunks: number;
  embeddedChunks: number;
  /** Embedding models in use (normally one); chunks embedded by another model than the query's are not compared. */
  embeddingModels: string[];
  /** True when the chunks were embedded by a tiny demo model: vector ranking is plumbing only, full-text carries it. */
  tiny: boolean;
}

export async function indexStatus(db: DbClient, organizationId: string): Promise<KnowledgeIndexStatus> {
  const [documents, chunks, models] = await Promise.all([
    db.knowledgeDocument.count({ where: { organizationId } }),
    db.knowledgeChunk.count({ where: { organizationId } }),
    db.knowledgeChunk.groupBy({ by: ["embeddingModel"], where: { organizationId, embedding: { not: null } }, _count: { _all: true } }),
  ]);
  const embeddingModels = models.map((m) => m.embeddingModel).filter((m): m is string => m !== null);
  return {
    documents,
    chunks,
    embeddedChunks: models.reduce((sum, m) => sum + m._count._all, 0),
    embeddingModels,
    tiny: embeddingModels.some((m) => m.startsWith("lumen-tiny/")),
  };
}
