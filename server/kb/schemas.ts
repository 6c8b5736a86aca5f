import { z } from "zod";
import { KNOWLEDGE_LANGUAGES, KNOWLEDGE_LIMITS, utf8Bytes } from "./limits";

const language = z.enum(KNOWLEDGE_LANGUAGES);
const documentId = z.string().min(1).max(64);

export const knowledgeDocumentInput = z.object({
  kind: z.enum(["FAQ", "DOCUMENT"]).default("FAQ"),
  title: z.string().trim().min(1, "must not be empty").max(KNOWLEDGE_LIMITS.titleChars),
  body: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .refine((body) => utf8Bytes(body) <= KNOWLEDGE_LIMITS.bodyBytes, "must be at most 200 KB"),
  /** Detected from the text when omitted. */
  language: language.nullish(),
  externalId: z
    .string()
    .trim()
    .max(KNOWLEDGE_LIMITS.externalIdChars)
    .regex(/^[\w.:-]+$/, "may hold letters, digits and . _ : - only")
    .nullish(),
});
export type KnowledgeDocumentInput = z.input<typeof knowledgeDocumentInput>;

export const updateKnowledgeDocumentInput = knowledgeDocumentInput.extend({ documentId });
export const knowledgeDocumentIdInput = z.object({ documentId });

export const listKnowledgeInput = z.object({
  query: z.string().trim().max(200).optional(),
  kind: z.enum(["FAQ", "DOCUMENT"]).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(KNOWLEDGE_LIMITS.pageSize).default(20),
});
export type ListKnowledgeInput = z.input<typeof listKnowledgeInput>;

export const importKnowledgeInput = z.object({
  fileName: z.string().trim().min(1).max(255),
  content: z.string().refine((content) => utf8Bytes(content) <= KNOWLEDGE_LIMITS.importBytes, "must be at most 2 MB"),
  /** Detected per entry when omitted. */
  language: language.optional(),
});
export type ImportKnowledgeInput = z.input<typeof importKnowledgeInput>;

export const searchKnowledgeInput = z.object({
  query: z.string().trim().min(1, "must not be empty").max(KNOWLEDGE_LIMITS.queryChars),
  limit: z.number().int().min(1).max(KNOWLEDGE_LIMITS.retrieveLimit).default(5),
  language: language.optional(),
});
