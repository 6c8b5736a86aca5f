/** The bucket after one request: what the RateLimit headers report. */
export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** Seconds until one more request fits; 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Takes one token from the bucket of `key`, which holds `limitPerMinute` and refills continuously. */
  take(key: string, limitPerMinute: number): Promise<RateLimitDecision>;
  close(): Promise<void>;
}

export const refillPerMs = (limitPerMinute: number) => limitPerMinute / 60_000;

/** Turns the bucket's level after the attempt into a decision. */
export function decide(allowed: boolean, tokens: number, limitPerMinute: number): RateLimitDecision {
  const rate = refillPerMs(limitPerMinute);
  return {
    allowed,
    limit: limitPerMinute,
    remaining: Math.max(0, Math.floor(tokens)),
    resetSeconds: Math.ceil((limitPerMinute - tokens) / rate / 1000),
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / rate / 1000)),
  };
}

/** One process's buckets: right for a single app server (the embedded default). */
export function memoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    async take(key, limitPerMinute) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: limitPerMinute, at: t };
      const tokens = Math.min(limitPerMinute, bucket.tokens + (t - bucket.at) * refillPerMs(limitPerMinute));
      const allowed = tokens >= 1;
      const left = allowed ? tokens - 1 : tokens;
      buckets.set(key, { tokens: left, at: t });
      return decide(allowed, left, limitPerMinute);
    },
    async close() {
      buckets.clear();
    },
  };
}
