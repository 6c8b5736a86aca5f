import { memoryRateLimiter, type RateLimiter } from "./token-bucket";
import { redisRateLimiter } from "./redis-bucket";

export type { RateLimitDecision, RateLimiter } from "./token-bucket";
export { memoryRateLimiter, redisRateLimiter };

type Env = Record<string, string | undefined>;

/** Redis buckets when `REDIS_URL` is set (several app servers share them), else this process's memory. */
export function rateLimiterFromEnv(env: Env = process.env): RateLimiter {
  const url = env.REDIS_URL?.trim();
  const prefix = env.RATE_LIMIT_PREFIX?.trim() || "lumen:ratelimit:";
  return url ? redisRateLimiter(url, prefix) : memoryRateLimiter();
}
