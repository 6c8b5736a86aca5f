import { recordAudit } from "@/server/audit";
import { Prisma, type Db, type DbClient, type KnowledgeKind } from "@/server/db";
import { DomainError, notFound } from "@/server/errors";
import { inferenceEmbedder, type Embedder } from "./embeddings";
import { parseHelpCenterMarkdown } from "./help-center-markdown";
import { prepareChunks, writeChunks } from "./indexing";
import {
  importKnowledgeInput,
  knowledgeDocumentInput,
  listKnowledgeInput,
  type ImportKnowledgeInput,
  type KnowledgeDocumentInput,
  type ListKnowledgeInput,
} from "./schemas";
import { detectLanguage } from "./text";

export interface KnowledgeDocumentSummary {
  id: string;
  kind: KnowledgeKind;
  title: string;
  language: string | null;
  externalId: string | null;
  updatedAt: Date;
  indexedAt: Date | null;
  chunks: number;
  embeddedChunks: number;
}
export interface KnowledgeDocumentDetail extends KnowledgeDocumentSummary {
  body: string;
}

interface Actor {
  organizationId: string;
  actorId: string | null;
  /** Defaults to the inference runtime's embeddings. */
  embed?: Embedder;
}

const summarySelect = {
  id: true,
  kind: true,
  title: true,
  language: true,
  externalId: true,
  updatedAt: true,
  indexedAt: true,
  _count: { select: { chunks: true } },
} satisfies Prisma.KnowledgeDocumentSelect;

type SummaryRow = Prisma.KnowledgeDocumentGetPayload<{ select: typeof summarySelect }>;

async function withEmbeddedCounts(db: DbClient, organizationId: string, rows: SummaryRow[]): Promise<KnowledgeDocumentSummary[]> {
  const embedded = await db.knowledgeChunk.groupBy({
    by: ["documentId"],
    where: { organizationId, documentId: { in: rows.map((r) => r.id) }, embedding: { not: null } },
    _count: { _all: true },
  });
  const embeddedBy = new Map(embedded.map((e) => [e.documentId, e._count._all]));
  return rows.map(({ _count, ...row }) => ({ ...row, chunks: _count.chunks, embeddedChunks: embeddedBy.get(row.id) ?? 0 }));
}

export async function listKnowledgeDocuments(db: DbClient, organizationId: string, input: ListKnowledgeInput = {}) {
  const { query, kind, page, pageSize } = listKnowledgeInput.parse(input);
  const where: Prisma.KnowledgeDocumentWhereInput = {
    organizationId,
    ...(kind ? { kind } : {}),
    ...(query
      ? { OR: [{ title: { contains: query, mode: "insensitive" } }, { body: { contains: query, mode: "insensitive" } }, { externalId: { contains: query, mode: "insensitive" } }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.knowledgeDocument.count({ where }),
    db.knowledgeDocument.findMany({ where, select: summarySelect, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return { items: await withEmbeddedCounts(db, organizationId, rows), total, page, pageSize };
}

export async function getKnowledgeDocument(db: DbClient, organizationId: string, documentId: string): Promise<KnowledgeDocumentDetail> {
  const row = await db.knowledgeDocument.findFirst({ where: { id: documentId, organizationId }, select: { ...summarySelect, body: true } });
  if (!row) throw notFound("The knowledge document");
  const [summary] = await withEmbeddedCounts(db, organizationId, [row]);
  return { ...summary!, body: row.body };
}

function rethrowConflict(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw new DomainError("CONFLICT", "Another entry in this language already uses that external id.", "knowledge.externalIdTaken");
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw notFound("The knowledge document");
  throw error;
}

function resolveFields(input: KnowledgeDocumentInput) {
  const data = knowledgeDocumentInput.parse(input);
  return { ...data, language: data.language ?? detectLanguage(`${data.title}\n${data.body}`), externalId: data.externalId || null };
}

export async function createKnowledgeDocument(db: Db, { organizationId, actorId, embed = inferenceEmbedder }: Actor, input: KnowledgeDocumentInput) {
  const fields = resolveFields(input);
  const [chunks] = await prepareChunks([fields], embed);
  const id = await db
    .$transaction(async (tx) => {
      const document = await tx.knowledgeDocument.create({ data: { ...fields, organizationId, createdById: actorId } });
      await writeChunks(tx, document, chunks!);
      await recordAudit(tx, { organizationId, actorId, action: "knowledge.create", targetType: "KnowledgeDocument", targetId: document.id });
      return document.id;
    })
    .catch(rethrowConflict);
  return getKnowledgeDocument(db, organizationId, id);
}

export async function updateKnowledgeDocument(db: Db, { organizationId, actorId, embed = inferenceEmbedder }: Actor, documentId: string, input: KnowledgeDocumentInput) {
  const fields = resolveFields(input);
  await getKnowledgeDocument(db, organizationId, documentId);
  const [chunks] = await prepareChunks([fields], embed);
  await db
    .$transaction(async (tx) => {
      const document = await tx.knowledgeDocument.update({ where: { id: documentId, organizationId }, data: fields });
      await writeChunks(tx, document, chunks!);
      await recordAudit(tx, { organizationId, actorId, action: "knowledge.update", targetType: "KnowledgeDocument", targetId: documentId });
    })
    .catch(rethrowConflict);
  return getKnowledgeDocument(db, organizationId, documentId);
}

export async function deleteKnowledgeDocument(db: Db, { organizationId, actorId }: Actor, documentId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.knowledgeDocument.deleteMany({ where: { id: documentId, organizationId } });
    if (count === 0) throw notFound("The knowledge document");
    await recordAudit(tx, { organizationId, actorId, action: "knowledge.delete", targetType: "KnowledgeDocument", targetId: documentId });
  });
}

export interface ImportResult {
  entries: number;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Imports a help-center Markdown file: each `## [id] question` becomes an FAQ entry keyed by (externalId, language),
 * so importing the same file again changes nothing and the English and Chinese files live side by side.
 * All entries are written in one transaction: a failing import writes nothing.
 */
export async function importKnowledge(db: Db, { organizationId, actorId, embed = inferenceEmbedder }: Actor, input: ImportKnowledgeInput): Promise<ImportResult> {
  const { content, fileName, language } = importKnowledgeInput.parse(input);
  const entries = parseHelpCenterMarkdown(content);
  const fileLanguage = language ?? detectLanguage(entries.map((e) => `${e.title}\n${e.body}`).join("\n"));
  const wanted = entries.map((entry) => ({ ...entry, kind: "FAQ" as const, language: fileLanguage ?? detectLanguage(`${entry.title}\n${entry.body}`) }));
  const existing = await db.knowledgeDocument.findMany({
    where: { organizationId, externalId: { in: wanted.map((e) => e.externalId) } },
    select: { id: true, externalId: true, language: true, title: true, body: true, kind: true },
  });
  const existingFor = (entry: (typeof wanted)[number]) => existing.find((d) => d.externalId === entry.externalId && d.language === entry.language);
  const changed = wanted.filter((entry) => {
    const current = existingFor(entry);
    return !current || current.title !== entry.title || current.body !== entry.body || current.kind !== entry.kind;
  });
  const prepared = await prepareChunks(changed, embed);
  let created = 0;
  await db
    .$transaction(
      async (tx) => {
        for (const [index, entry] of changed.entries()) {
          const current = existingFor(entry);
          const document = current
            ? await tx.knowledgeDocument.update({ where: { id: current.id, organizationId }, data: entry })
            : await tx.knowledgeDocument.create({ data: { ...entry, organizationId, createdById: actorId } });
          if (!current) created++;
          await writeChunks(tx, document, prepared[index]!);
        }
        await recordAudit(tx, { organizationId, actorId, action: "knowledge.import", targetType: "KnowledgeDocument", metadata: { fileName, entries: entries.length, changed: changed.length } });
      },
      { timeout: 120_000, maxWait: 10_000 },
    )
    .catch(rethrowConflict);
  return { entries: entries.length, created, updated: changed.length - created, unchanged: entries.length - changed.length };
}
