import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as sentiment } from "@/app/api/v1/sentiment/route";
import { testDb } from "@/tests/helpers/db";
import { createApiOrganization, post, usageEvents, useTinyRuntime } from "./api-test-kit";

const db = testDb();
let cleanup: () => Promise<void>;

beforeAll(async () => {
  delete process.env.REDIS_URL;
  cleanup = await useTinyRuntime();
});
afterAll(() => cleanup());

const RATE_HEADERS = ["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"];
const rateHeaders = (res: Response) => Object.fromEntries(RATE_HEADERS.map((name) => [name, res.headers.get(name)]));

describe("rate limit (in-memory token bucket)", () => {
  it("allows the plan's burst, then 429s with Retry-After; every response carries the headers", async () => {
    const org = await createApiOrganization(db, { plan: { rateLimitPerMinute: 2 } });
    const call = () => post(sentiment, "/sentiment", { key: org.key.secret, body: { input: "good" } });
    const first = await call();
    const second = await call();
    const third = await call();
    expect([first.status, second.status, third.status]).toEqual([200, 200, 429]);
    expect(rateHeaders(first)).toMatchObject({ "RateLimit-Limit": "2", "RateLimit-Remaining": "1", "X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "1" });
    expect(rateHeaders(second)).toMatchObject({ "RateLimit-Remaining": "0", "X-RateLimit-Remaining": "0" });
    expect(rateHeaders(third)).toMatchObject({ "RateLimit-Limit": "2", "RateLimit-Remaining": "0" });
    expect(Number(third.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(Number(third.headers.get("Retry-After"))).toBeLessThanOrEqual(30);
    expect(Number(third.headers.get("RateLimit-Reset"))).toBeGreaterThanOrEqual(Number(third.headers.get("Retry-After")));
    expect((await third.json()).error).toMatchObject({ type: "rate_limit_error", code: "rate_limit_exceeded" });
    expect(await usageEvents(db, org.organizationId)).toHaveLength(2);
  });

  it("keeps organizations' buckets apart", async () => {
    const a = await createApiOrganization(db, { plan: { rateLimitPerMinute: 1 } });
    const b = await createApiOrganization(db, { plan: { rateLimitPerMinute: 1 } });
    expect((await post(sentiment, "/sentiment", { key: a.key.secret, body: { input: "good" } })).status).toBe(200);
    expect((await post(sentiment, "/sentiment", { key: a.key.secret, body: { input: "good" } })).status).toBe(429);
    expect((await post(sentiment, "/sentiment", { key: b.key.secret, body: { input: "good" } })).status).toBe(200);
  });
});

describe("monthly quota", () => {
  it("lets the call that crosses the quota finish, then 429s with insufficient_quota and bills nothing more", async () => {
    const org = await createApiOrganization(db, { plan: { monthlyQuota: 20 } });
    const call = (input: string) => post(sentiment, "/sentiment", { key: org.key.secret, body: { input } });
    expect((await call("I love it, thanks!")).status).toBe(200);
    expect((await call("great")).status).toBe(200);
    const refused = await call("great");
    expect(refused.status).toBe(429);
    const error = (await refused.json()).error;
    expect(error).toMatchObject({ type: "insufficient_quota", code: "quota_exceeded" });
    expect(error.message).toContain("23 of 20 units");
    expect(refused.headers.get("RateLimit-Limit")).not.toBeNull();
    expect((await usageEvents(db, org.organizationId)).map((e) => e.units)).toEqual([18, 5]);
  });
});
