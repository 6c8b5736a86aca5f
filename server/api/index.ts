export { apiRoute, API_ROUTES, type ApiPath, type ApiRouteSpec } from "./routes";
export { openApiDocument } from "./openapi";
export { withApiKey } from "./with-api-key";
export { memoryRateLimiter, redisRateLimiter, rateLimiterFromEnv, type RateLimiter, type RateLimitDecision } from "./rate-limit";
export type { ApiContext, ApiHandler, ApiResult, Usage, UnitKind } from "./handler-types";
