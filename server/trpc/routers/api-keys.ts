import { createApiKey, createApiKeyInput, listApiKeys, revokeApiKey, revokeApiKeyInput } from "@/server/api-keys";
import { createTRPCRouter, orgProcedure } from "../init";

export const apiKeysRouter = createTRPCRouter({
  list: orgProcedure("MEMBER").query(({ ctx }) => listApiKeys(ctx.db, ctx.organization.id)),

  create: orgProcedure("ADMIN")
    .input(createApiKeyInput)
    .mutation(({ ctx, input }) => createApiKey(ctx.db, { organizationId: ctx.organization.id, actorId: ctx.user.id, input })),

  revoke: orgProcedure("ADMIN")
    .input(revokeApiKeyInput)
    .mutation(({ ctx, input }) => revokeApiKey(ctx.db, ctx.organization.id, input.apiKeyId, ctx.user.id)),
});
