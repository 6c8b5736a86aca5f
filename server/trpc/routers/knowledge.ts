import {
  createKnowledgeDocument,
  deleteKnowledgeDocument,
  getKnowledgeDocument,
  importKnowledge,
  importKnowledgeInput,
  indexStatus,
  knowledgeDocumentIdInput,
  knowledgeDocumentInput,
  listKnowledgeDocuments,
  listKnowledgeInput,
  retrieve,
  searchKnowledgeInput,
  updateKnowledgeDocument,
  updateKnowledgeDocumentInput,
} from "@/server/kb";
import { createTRPCRouter, orgProcedure } from "../init";

const actor = (ctx: { organization: { id: string }; user: { id: string } }) => ({ organizationId: ctx.organization.id, actorId: ctx.user.id });

export const knowledgeRouter = createTRPCRouter({
  list: orgProcedure("MEMBER")
    .input(listKnowledgeInput.optional())
    .query(({ ctx, input }) => listKnowledgeDocuments(ctx.db, ctx.organization.id, input ?? {})),

  get: orgProcedure("MEMBER")
    .input(knowledgeDocumentIdInput)
    .query(({ ctx, input }) => getKnowledgeDocument(ctx.db, ctx.organization.id, input.documentId)),

  status: orgProcedure("MEMBER").query(({ ctx }) => indexStatus(ctx.db, ctx.organization.id)),

  search: orgProcedure("MEMBER")
    .input(searchKnowledgeInput)
    .query(({ ctx, input }) => retrieve(ctx.db, ctx.organization.id, input.query, { limit: input.limit, language: input.language })),

  create: orgProcedure("ADMIN")
    .input(knowledgeDocumentInput)
    .mutation(({ ctx, input }) => createKnowledgeDocument(ctx.db, actor(ctx), input)),

  update: orgProcedure("ADMIN")
    .input(updateKnowledgeDocumentInput)
    .mutation(({ ctx, input: { documentId, ...fields } }) => updateKnowledgeDocument(ctx.db, actor(ctx), documentId, fields)),

  delete: orgProcedure("ADMIN")
    .input(knowledgeDocumentIdInput)
    .mutation(({ ctx, input }) => deleteKnowledgeDocument(ctx.db, actor(ctx), input.documentId)),

  import: orgProcedure("ADMIN")
    .input(importKnowledgeInput)
    .mutation(({ ctx, input }) => importKnowledge(ctx.db, actor(ctx), input)),
});
