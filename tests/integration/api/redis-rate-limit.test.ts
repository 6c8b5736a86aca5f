import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as sentiment } from "@/app/api/v1/sentiment/route";
import { redisRateLimiter } from "@/server/api";
import { testDb } from "@/tests/helpers/db";
import { createApiOrganization, post, useTinyRuntime } from "./api-test-kit";

const REDIS_URL = "redis://127.0.0.1:6379";
const prefix = `lumen-test:${randomBytes(6).toString("hex")}:`;
const db = testDb();
const redis = new Redis(REDIS_URL);
let cleanup: () => Promise<void>;

beforeAll(async () => {
  cleanup = await useTinyRuntime();
  Object.assign(process.env, { REDIS_URL, RATE_LIMIT_PREFIX: prefix });
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await cleanup();
});

describe("rate limit in Redis", () => {
  it("is shared through Redis: the API's bucket lives under the configured prefix and 429s past the burst", async () => {
    const org = await createApiOrganization(db, { plan: { rateLimitPerMinute: 2 } });
    const call = () => post(sentiment, "/sentiment", { key: org.key.secret, body: { input: "good" } });
    const statuses = [(await call()).status, (await call()).status];
    const refused = await call();
    expect([...statuses, refused.status]).toEqual([200, 200, 429]);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get("X-RateLimit-Remaining")).toBe("0");
    expect(await redis.exists(`${prefix}${org.organizationId}`)).toBe(1);
    expect(await redis.ttl(`${prefix}${org.organizationId}`)).toBeGreaterThan(0);
  });

  it("hands out exactly the burst to concurrent callers sharing the bucket", async () => {
    const a = redisRateLimiter(REDIS_URL, prefix);
    const b = redisRateLimiter(REDIS_URL, prefix);
    try {
      const decisions = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).take("concurrent", 10)));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
      expect(decisions.filter((d) => !d.allowed).every((d) => d.retryAfterSeconds >= 1 && d.remaining === 0)).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
