import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as sentiment } from "@/app/api/v1/sentiment/route";
import { POST as translations } from "@/app/api/v1/translations/route";
import { testDb } from "@/tests/helpers/db";
import { callerFor, rejectsWithCode } from "@/tests/helpers/factories";
import { createApiOrganization, post, usageEvents, useTinyRuntime } from "./api-test-kit";

const db = testDb();
let cleanup: () => Promise<void>;
let org: Awaited<ReturnType<typeof createApiOrganization>>;
let other: Awaited<ReturnType<typeof createApiOrganization>>;

beforeAll(async () => {
  cleanup = await useTinyRuntime();
  org = await createApiOrganization(db, { scopes: ["sentiment"] });
  other = await createApiOrganization(db);
});
afterAll(() => cleanup());

const body = { input: "I love it, thanks!" };

async function expectError(res: Response, status: number, type: string, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{24}$/);
  const json = await res.json();
  expect(json).toEqual({ error: { type, code, message: expect.any(String), param: null, request_id: res.headers.get("x-request-id") } });
  return json.error as { message: string };
}

describe("API key authentication", () => {
  it("401s without a key, with a malformed key and with an unknown key of the right shape", async () => {
    await expectError(await post(sentiment, "/sentiment", { body }), 401, "authentication_error", "invalid_api_key");
    await expectError(await post(sentiment, "/sentiment", { key: "sk_live_nope", body }), 401, "authentication_error", "invalid_api_key");
    const forged = `${org.key.prefix}_${"A".repeat(43)}`;
    const error = await expectError(await post(sentiment, "/sentiment", { key: forged, body }), 401, "authentication_error", "invalid_api_key");
    expect(error.message).toBe("Incorrect API key provided.");
  });

  it("401s a revoked key", async () => {
    const revoked = await createApiOrganization(db, { scopes: ["sentiment"] });
    const caller = await callerFor(db, revoked.owner.id, revoked.organizationId);
    await caller.apiKeys.revoke({ apiKeyId: revoked.key.id });
    const error = await expectError(await post(sentiment, "/sentiment", { key: revoked.key.secret, body }), 401, "authentication_error", "invalid_api_key");
    expect(error.message).toMatch(/revoked/);
    expect(await usageEvents(db, revoked.organizationId)).toEqual([]);
  });

  it("401s an expired key", async () => {
    const expired = await createApiOrganization(db, { scopes: ["sentiment"] });
    await db.apiKey.update({ where: { id: expired.key.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const error = await expectError(await post(sentiment, "/sentiment", { key: expired.key.secret, body }), 401, "authentication_error", "invalid_api_key");
    expect(error.message).toMatch(/expired/);
  });

  it("403s a key without the endpoint's scope", async () => {
    const error = await expectError(
      await post(translations, "/translations", { key: org.key.secret, body: { text: "hello", target: "zh" } }),
      403,
      "permission_error",
      "missing_scope",
    );
    expect(error.message).toContain('"translate"');
  });

  it("403s every key of a suspended organization", async () => {
    const suspended = await createApiOrganization(db);
    await db.organization.update({ where: { id: suspended.organizationId }, data: { suspendedAt: new Date() } });
    await expectError(await post(sentiment, "/sentiment", { key: suspended.key.secret, body }), 403, "permission_error", "organization_suspended");
  });

  it("records when a key was last used", async () => {
    const fresh = await createApiOrganization(db, { scopes: ["sentiment"] });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: fresh.key.id } })).lastUsedAt).toBeNull();
    expect((await post(sentiment, "/sentiment", { key: fresh.key.secret, body })).status).toBe(200);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: fresh.key.id } })).lastUsedAt).toBeInstanceOf(Date);
  });
});

describe("organization isolation", () => {
  it("bills each call to the key's own organization only", async () => {
    const before = (await usageEvents(db, other.organizationId)).length;
    expect((await post(sentiment, "/sentiment", { key: org.key.secret, body })).status).toBe(200);
    expect(await usageEvents(db, other.organizationId)).toHaveLength(before);
    expect((await usageEvents(db, org.organizationId)).every((e) => e.apiKeyId === org.key.id)).toBe(true);
  });

  it("never replays another organization's stored response for the same Idempotency-Key", async () => {
    const headers = { "Idempotency-Key": "shared-key-1" };
    const first = await post(sentiment, "/sentiment", { key: org.key.secret, body, headers });
    const second = await post(sentiment, "/sentiment", { key: other.key.secret, body, headers });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get("Idempotent-Replayed")).toBeNull();
    expect(await usageEvents(db, other.organizationId)).toContainEqual(expect.objectContaining({ idempotencyKey: expect.stringMatching(/^shared-key-1@/), apiKeyId: other.key.id }));
  });

  it("lists and revokes keys only within the caller's organization", async () => {
    const mine = await callerFor(db, org.owner.id, org.organizationId);
    expect((await mine.apiKeys.list()).map((k) => k.id)).toEqual([org.key.id]);
    await rejectsWithCode(mine.apiKeys.revoke({ apiKeyId: other.key.id }), "NOT_FOUND");
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: other.key.id } })).revokedAt).toBeNull();
  });
});
