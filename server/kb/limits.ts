// Pure constants and byte counting, safe to import from client components.
export const KNOWLEDGE_LIMITS = {
  titleChars: 300,
  bodyBytes: 200 * 1024,
  importBytes: 2 * 1024 * 1024,
  externalIdChars: 100,
  queryChars: 1000,
  pageSize: 100,
  retrieveLimit: 20,
} as const;

export const KNOWLEDGE_LANGUAGES = ["en", "zh"] as const;
export type KnowledgeLanguage = (typeof KNOWLEDGE_LANGUAGES)[number];

const encoder = new TextEncoder();
export const utf8Bytes = (text: string) => encoder.encode(text).length;
