import { z } from "zod";
import { API_SCOPES } from "@/server/api-keys";
import { API_ROUTES, type ApiRouteSpec } from "./routes";

const errorSchema = z.object({
  error: z.object({
    type: z.enum(["invalid_request_error", "authentication_error", "permission_error", "rate_limit_error", "insufficient_quota", "api_error"]),
    code: z.string(),
    message: z.string(),
    param: z.string().nullable(),
    request_id: z.string(),
  }),
});

const jsonSchema = (schema: z.ZodType, io: "input" | "output") => z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });

const header = (description: string) => ({ description, schema: { type: "string" } });
const COMMON_HEADERS = {
  "x-request-id": header("Identifies this request; quote it to support."),
  "RateLimit-Limit": header("Requests per minute allowed by the plan (also `X-RateLimit-Limit`)."),
  "RateLimit-Remaining": header("Requests left in the bucket (also `X-RateLimit-Remaining`)."),
  "RateLimit-Reset": header("Seconds until the bucket is full again (also `X-RateLimit-Reset`)."),
};
const MODEL_HEADERS = {
  "x-lumen-model": header("The model that ran."),
  "x-lumen-demo-model": header("`true` when a tiny demo model answered (outputs are designed, not learned)."),
  "Idempotent-Replayed": header("`true` when this is the stored response of an earlier request with the same Idempotency-Key."),
};

const ERRORS: Record<string, string> = {
  "400": "Invalid request: malformed JSON, a bad field (`param` names it), an unsupported or corrupt image.",
  "401": "Missing, unknown, revoked or expired API key.",
  "403": "The key lacks the scope, or the organization is suspended.",
  "409": "A request with the same Idempotency-Key is still running.",
  "422": "The Idempotency-Key was used before with a different body.",
  "429": "Rate limit (`Retry-After` says when to retry) or monthly quota reached.",
  "503": "Workers overloaded (`Retry-After`) or the model is not installed.",
  "504": "The model did not answer in time.",
};

function operation(path: string, spec: ApiRouteSpec) {
  const content: Record<string, { schema: unknown }> = { "application/json": { schema: jsonSchema(spec.request.json, "input") } };
  if (spec.request.multipart) content["multipart/form-data"] = { schema: jsonSchema(spec.request.multipart, "input") };
  const ok: Record<string, { schema: unknown }> = { "application/json": { schema: jsonSchema(spec.response, "output") } };
  if (spec.streamEvent) {
    ok["text/event-stream"] = {
      schema: { type: "string", description: "With `stream: true`: `data: <event JSON>` lines ending with `data: [DONE]`.", contentSchema: jsonSchema(spec.streamEvent, "output") },
    };
  }
  const errorResponse = (description: string) => ({
    description,
    headers: { ...COMMON_HEADERS, "Retry-After": header("Seconds to wait (429, 503).") },
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  });
  return {
    operationId: path.slice(1).replaceAll("/", "_"),
    summary: spec.summary,
    description: `Scope \`${spec.scope}\`. Billed in ${spec.unit}.`,
    security: [{ bearerAuth: [] }],
    parameters: [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", maxLength: 255 }, description: "Retry safely: the same key and body return the stored response and bill nothing new (24 h)." }],
    requestBody: { required: true, content },
    responses: {
      "200": { description: "Success.", headers: { ...COMMON_HEADERS, ...MODEL_HEADERS }, content: ok },
      ...Object.fromEntries(Object.entries(ERRORS).map(([status, description]) => [status, errorResponse(description)])),
    },
  };
}

/** OpenAPI 3.1 for the public API, built from the same zod schemas that validate requests. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Lumen API",
      version: "1.0.0",
      description: `Translation, sentiment, image classification, embeddings and chat. Authenticate with \`Authorization: Bearer sk_live_…\`; scopes: ${API_SCOPES.join(", ")}.`,
    },
    servers: [{ url: "/api/v1" }],
    paths: Object.fromEntries(Object.entries(API_ROUTES).map(([path, spec]) => [path, { post: operation(path, spec) }])),
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API key created in the dashboard (sk_live_…)." } },
      schemas: { Error: jsonSchema(errorSchema, "output") },
    },
  };
}
