import { z } from "zod";

/** What a key may call; each public endpoint needs exactly one. */
export const API_SCOPES = ["chat", "translate", "sentiment", "vision", "embeddings"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const apiScopeSchema = z.enum(API_SCOPES);
