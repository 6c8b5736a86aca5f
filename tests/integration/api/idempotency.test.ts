import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as chatCompletions } from "@/app/api/v1/chat/completions/route";
import { POST as sentiment } from "@/app/api/v1/sentiment/route";
import { testDb } from "@/tests/helpers/db";
import { createApiOrganization, post, readEvents, usageEvents, useTinyRuntime } from "./api-test-kit";

const db = testDb();
let cleanup: () => Promise<void>;
let org: Awaited<ReturnType<typeof createApiOrganization>>;

beforeAll(async () => {
  cleanup = await useTinyRuntime();
  org = await createApiOrganization(db);
});
afterAll(() => cleanup());

const withKey = (key: string) => ({ "Idempotency-Key": key });
/** Ledger entries made under a client's Idempotency-Key (the ledger scopes the key to one claim: `key@record`). */
const billedUnder = async (key: string) => (await usageEvents(db, org.organizationId)).filter((e) => e.idempotencyKey?.startsWith(`${key}@`));

describe("Idempotency-Key", () => {
  it("replays the stored response for the same key and body, billed once", async () => {
    const send = () => post(sentiment, "/sentiment", { key: org.key.secret, body: { input: ["good", "bad"] }, headers: withKey("replay-1") });
    const first = await send();
    const again = await send();
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(first.headers.get("Idempotent-Replayed")).toBeNull();
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(await again.text()).toBe(await first.text());
    const billed = await billedUnder("replay-1");
    expect(billed).toHaveLength(1);
    expect(billed[0]!.requestId).toBe(first.headers.get("x-request-id"));
  });

  it("bills a key reused after its 24-hour record expired: that is a new request", async () => {
    const send = () => post(sentiment, "/sentiment", { key: org.key.secret, body: { input: "good" }, headers: withKey("expired-1") });
    expect((await send()).status).toBe(200);
    await db.idempotencyRecord.updateMany({ where: { organizationId: org.organizationId, key: "expired-1" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const later = await send();
    expect(later.status).toBe(200);
    expect(later.headers.get("Idempotent-Replayed")).toBeNull();
    expect(await billedUnder("expired-1")).toHaveLength(2);
  });

  it("422s the same key with a different body", async () => {
    expect((await post(sentiment, "/sentiment", { key: org.key.secret, body: { input: "good" }, headers: withKey("reuse-1") })).status).toBe(200);
    const res = await post(sentiment, "/sentiment", { key: org.key.secret, body: { input: "bad" }, headers: withKey("reuse-1") });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({ code: "idempotency_key_reused", param: "Idempotency-Key" });
  });

  it("409s a duplicate while the first is in flight, then replays the finished event stream", async () => {
    const body = { messages: [{ role: "user", content: "hi" }], stream: true, stream_options: { include_usage: true } };
    const send = () => post(chatCompletions, "/chat/completions", { key: org.key.secret, body, headers: withKey("stream-1") });
    const first = await send();
    expect(first.status).toBe(200);
    // The first stream has not been read to its end, so its request is still running.
    const duplicate = await send();
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).error.code).toBe("idempotency_key_in_use");

    const transcript = await first.text();
    const replay = await send();
    expect(replay.status).toBe(200);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(replay.headers.get("content-type")).toContain("text/event-stream");
    const replayed = await replay.text();
    expect(replayed).toBe(transcript);
    expect((await readEvents(new Response(replayed))).at(-1)).toBe("[DONE]");
    expect(await billedUnder("stream-1")).toHaveLength(1);
  });

  it("a failed call writes no usage and frees its key for a corrected retry", async () => {
    const before = await usageEvents(db, org.organizationId);
    const failed = await post(sentiment, "/sentiment", { key: org.key.secret, body: { input: "   " }, headers: withKey("fix-1") });
    expect(failed.status).toBe(400);
    expect((await failed.json()).error).toMatchObject({ type: "invalid_request_error", code: "bad_input" });
    const malformed = await post(sentiment, "/sentiment", { key: org.key.secret, raw: "{not json", headers: { ...withKey("fix-2"), "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.code).toBe("invalid_json");
    expect(await usageEvents(db, org.organizationId)).toHaveLength(before.length);
    expect(await db.idempotencyRecord.count({ where: { organizationId: org.organizationId, key: { in: ["fix-1", "fix-2"] } } })).toBe(0);

    const retried = await post(sentiment, "/sentiment", { key: org.key.secret, body: { input: "fine" }, headers: withKey("fix-1") });
    expect(retried.status).toBe(200);
    expect(retried.headers.get("Idempotent-Replayed")).toBeNull();
  });

  it("400s a malformed key", async () => {
    const res = await post(sentiment, "/sentiment", { key: org.key.secret, body: { input: "good" }, headers: withKey("x".repeat(256)) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("invalid_idempotency_key");
  });
});
