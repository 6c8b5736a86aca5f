// Knowledge base: documents and FAQ entries per organization, their full-text and vector index, hybrid retrieval.
export { KNOWLEDGE_LANGUAGES, KNOWLEDGE_LIMITS, type KnowledgeLanguage } from "./limits";
export {
  importKnowledgeInput,
  knowledgeDocumentIdInput,
  knowledgeDocumentInput,
  listKnowledgeInput,
  searchKnowledgeInput,
  updateKnowledgeDocumentInput,
  type ImportKnowledgeInput,
  type KnowledgeDocumentInput,
  type ListKnowledgeInput,
} from "./schemas";
export {
  createKnowledgeDocument,
  deleteKnowledgeDocument,
  getKnowledgeDocument,
  importKnowledge,
  listKnowledgeDocuments,
  updateKnowledgeDocument,
  type ImportResult,
  type KnowledgeDocumentDetail,
  type KnowledgeDocumentSummary,
} from "./documents";
export { parseHelpCenterMarkdown, type HelpCenterEntry } from "./help-center-markdown";
export { inferenceEmbedder, type Embedder, type Embeddings } from "./embeddings";
export {
  FTS_ANSWERABLE_COVERAGE,
  RRF_K,
  TINY_VECTOR_WEIGHT,
  VECTOR_ANSWERABLE_COSINE,
  retrieve,
  type Retrieval,
  type RetrievalMode,
  type RetrievedPassage,
  type RetrieveOptions,
} from "./retrieval";
export { indexStatus, type KnowledgeIndexStatus } from "./index-status";
export { detectLanguage, segmentForSearch } from "./text";
