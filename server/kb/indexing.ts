import type { DbClient, KnowledgeKind } from "@/server/db";
import { chunkBody } from "./chunking";
import { embedAll, encodeVector, type Embedder } from "./embeddings";
import { segmentForSearch } from "./text";

export interface PreparedChunk {
  text: string;
  searchText: string;
  embedding: Uint8Array<ArrayBuffer> | null;
  embeddingModel: string | null;
}

interface Indexable {
  kind: KnowledgeKind;
  title: string;
  body: string;
}

/**
 * Chunks, segments and embeds documents — everything slow, done before the transaction that writes them.
 * `searchText` is "<segmented title>\n<segmented chunk>": the line break lets SQL weight the title apart.
 */
export async function prepareChunks(documents: Indexable[], embed: Embedder): Promise<PreparedChunk[][]> {
  const chunked = documents.map((doc) => ({ doc, texts: chunkBody(doc.kind, doc.body) }));
  const embedInputs = chunked.flatMap(({ doc, texts }) => texts.map((text) => `${doc.title}\n${text}`));
  const embedded = await embedAll(embedInputs, embed);
  let next = 0;
  return chunked.map(({ doc, texts }) => {
    const titleSearch = segmentForSearch(doc.title);
    return texts.map((text) => {
      const vector = embedded?.vectors[next++];
      return {
        text,
        searchText: `${titleSearch}\n${segmentForSearch(text)}`,
        embedding: vector ? encodeVector(vector) : null,
        embeddingModel: vector ? embedded!.model : null,
      };
    });
  });
}

/** Replaces a document's chunks (call inside the transaction that changes the document). */
export async function writeChunks(tx: DbClient, document: { id: string; organizationId: string }, chunks: PreparedChunk[]): Promise<void> {
  await tx.knowledgeChunk.deleteMany({ where: { documentId: document.id, organizationId: document.organizationId } });
  await tx.knowledgeChunk.createMany({
    data: chunks.map((chunk, ordinal) => ({ organizationId: document.organizationId, documentId: document.id, ordinal, ...chunk })),
  });
  await tx.$executeRaw`
    UPDATE "KnowledgeChunk"
    SET "searchVector" = setweight(to_tsvector('simple', split_part("searchText", E'\n', 1)), 'A')
                      || setweight(to_tsvector('simple', substr("searchText", strpos("searchText", E'\n') + 1)), 'D')
    WHERE "documentId" = ${document.id} AND "organizationId" = ${document.organizationId}`;
  await tx.knowledgeDocument.update({ where: { id: document.id }, data: { indexedAt: new Date() } });
}
