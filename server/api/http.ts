import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { badRequest } from "./errors";
import type { RateLimitDecision } from "./rate-limit";

export const newRequestId = () => `req_${randomBytes(12).toString("hex")}`;

export function jsonResponse(body: unknown, status: number, headers: Headers): Response {
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(body), { status, headers });
}

/** Both the IETF draft names and the X- names clients already parse; resets are seconds from now. */
export function setRateLimitHeaders(headers: Headers, decision: RateLimitDecision): void {
  for (const prefix of ["RateLimit", "X-RateLimit"]) {
    headers.set(`${prefix}-Limit`, String(decision.limit));
    headers.set(`${prefix}-Remaining`, String(decision.remaining));
    headers.set(`${prefix}-Reset`, String(decision.resetSeconds));
  }
  if (!decision.allowed) headers.set("Retry-After", String(decision.retryAfterSeconds));
}

/** Parses a JSON body against a schema; malformed JSON and invalid fields are 400s naming the field. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    throw badRequest("The request body must be valid JSON.", undefined, "invalid_json");
  }
  return schema.parse(raw);
}
