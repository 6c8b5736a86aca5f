import { authenticateApiKey, touchApiKey, type ApiScope, type AuthenticatedKey } from "@/server/api-keys";
import { getDb, type Db } from "@/server/db";
import { captureUsage, ensureQuotaLeft, planRateLimit, type UsageCapture } from "./billing-gate";
import { ApiError, toApiError } from "./errors";
import { eventStreamResponse, storedContentType } from "./event-stream";
import type { ApiHandler, ApiRouteOptions, Usage } from "./handler-types";
import { jsonResponse, newRequestId, setRateLimitHeaders } from "./http";
import { claimIdempotencyKey, parseIdempotencyKey, requestHash, type IdempotencyClaim } from "./idempotency";
import { rateLimiterFromEnv, type RateLimiter } from "./rate-limit";

type Claim = Extract<IdempotencyClaim, { kind: "claimed" }>;

let limiter: RateLimiter | undefined;
const rateLimiter = () => (limiter ??= rateLimiterFromEnv());

const unauthorized = (message: string) => new ApiError(401, "authentication_error", "invalid_api_key", message);

async function authorize(db: Db, request: Request, scope: ApiScope): Promise<AuthenticatedKey> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  if (!match) throw unauthorized("Send your API key in the Authorization header: `Authorization: Bearer sk_live_…`.");
  const auth = await authenticateApiKey(db, match[1]!);
  if (!auth.ok) {
    if (auth.reason === "revoked") throw unauthorized("This API key has been revoked.");
    if (auth.reason === "expired") throw unauthorized("This API key has expired.");
    throw unauthorized("Incorrect API key provided.");
  }
  if (!auth.key.scopes.includes(scope)) {
    throw new ApiError(403, "permission_error", "missing_scope", `This API key does not have the "${scope}" scope.`);
  }
  if (auth.key.organizationSuspended) {
    throw new ApiError(403, "permission_error", "organization_suspended", "This organization is suspended. Contact support.");
  }
  await touchApiKey(db, auth.key.id).catch((error: unknown) => console.error("[api] could not record key use:", error));
  return auth.key;
}

async function takeRateLimitToken(organizationId: string, limitPerMinute: number, headers: Headers): Promise<void> {
  const decision = await rateLimiter().take(organizationId, limitPerMinute);
  setRateLimitHeaders(headers, decision);
  if (!decision.allowed) {
    throw new ApiError(429, "rate_limit_error", "rate_limit_exceeded", `Rate limit of ${limitPerMinute} requests per minute reached. Retry in ${decision.retryAfterSeconds} s.`);
  }
}

/** Usage and the stored idempotent response commit together, or neither does. */
async function commitSuccess(db: Db, capture: UsageCapture, usage: Usage, claim: Claim | null, body: string): Promise<void> {
  if (!claim) return captureUsage(db, capture, usage);
  await db.$transaction(async (tx) => {
    await captureUsage(tx, capture, usage);
    await claim.complete(tx, 200, body);
  });
}

async function claimRequest(db: Db, request: Request, organizationId: string): Promise<IdempotencyClaim | null> {
  const key = parseIdempotencyKey(request.headers.get("idempotency-key"));
  if (!key) return null;
  const body = new Uint8Array(await request.clone().arrayBuffer());
  return claimIdempotencyKey(db, organizationId, key, requestHash(request.method, request.url, body));
}

/**
 * The one door into the public API: key → scope → organization → plan rate limit → Idempotency-Key →
 * monthly quota → handler → usage (successful calls only). Every response carries `x-request-id`, and every
 * response after the rate limit its headers; every failure has the same JSON error shape.
 */
export function withApiKey(handler: ApiHandler, options: ApiRouteOptions) {
  return async function apiRoute(request: Request): Promise<Response> {
    const requestId = newRequestId();
    const headers = new Headers({ "x-request-id": requestId });
    const abort = new AbortController();
    request.signal.addEventListener("abort", () => abort.abort(), { once: true });
    let claim: Claim | null = null;
    try {
      const db = getDb();
      const key = await authorize(db, request, options.scope);
      await takeRateLimitToken(key.organizationId, await planRateLimit(db, key.organizationId), headers);
      const claimed = await claimRequest(db, request, key.organizationId);
      if (claimed?.kind === "replay") {
        headers.set("Idempotent-Replayed", "true");
        headers.set("content-type", storedContentType(claimed.body));
        return new Response(claimed.body, { status: claimed.status, headers });
      }
      claim = claimed;
      await ensureQuotaLeft(db, key.organizationId);

      const result = await handler({ request, requestId, organizationId: key.organizationId, apiKeyId: key.id, signal: abort.signal });
      headers.set("x-lumen-model", result.model);
      headers.set("x-lumen-demo-model", String(result.tiny));
      const capture: UsageCapture = {
        organizationId: key.organizationId,
        apiKeyId: key.id,
        task: options.task,
        requestId,
        idempotencyKey: claim?.ledgerKey ?? null,
      };
      if (result.kind === "json") {
        const body = JSON.stringify(result.body);
        await commitSuccess(db, capture, result.usage, claim, body);
        headers.set("content-type", "application/json; charset=utf-8");
        return new Response(body, { status: 200, headers });
      }
      const first = await result.events.next();
      const streamClaim = claim;
      claim = null;
      return eventStreamResponse(first, result.events, headers, requestId, {
        finish: (usage, transcript) => commitSuccess(db, capture, usage, streamClaim, transcript),
        async abandon() {
          abort.abort();
          await streamClaim?.release();
        },
      });
    } catch (error) {
      abort.abort();
      await claim?.release().catch((e: unknown) => console.error("[api] could not release an idempotency key:", e));
      const apiError = toApiError(error, requestId);
      for (const [name, value] of Object.entries(apiError.options.headers ?? {})) headers.set(name, value);
      return jsonResponse(apiError.body(requestId), apiError.status, headers);
    }
  };
}
