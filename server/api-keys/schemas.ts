import { z } from "zod";
import { API_SCOPES, apiScopeSchema } from "./scopes";

export const apiKeyNameSchema = z.string().trim().min(1, "Give the key a name.").max(80, "Use at most 80 characters.");

export const createApiKeyInput = z.object({
  name: apiKeyNameSchema,
  scopes: z
    .array(apiScopeSchema)
    .min(1, "Choose at least one scope.")
    .max(API_SCOPES.length)
    .transform((scopes) => [...new Set(scopes)]),
  expiresAt: z.date().nullable().default(null),
});
export type CreateApiKeyInput = z.input<typeof createApiKeyInput>;

export const revokeApiKeyInput = z.object({ apiKeyId: z.string().min(1).max(64) });
