import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser, rejectsWithCode } from "@/tests/helpers/factories";

const db = testDb();

describe("in-browser runs reported to the server", () => {
  it("are counted once per request id, for the caller's organization, and never sent to Stripe", async () => {
    const user = await createUser(db, "local-runner");
    const api = await callerFor(db, user.id, user.personalOrganizationId);
    const report = { requestId: randomUUID(), task: "sentiment" as const, model: "lumen-tiny/sentiment", units: 18, unitKind: "characters" as const, ranOn: "wasm" as const };

    const first = await api.inference.reportLocalRun(report);
    const again = await api.inference.reportLocalRun(report);
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ id: first.id, duplicate: true });

    const event = await db.usageEvent.findUniqueOrThrow({ where: { id: first.id }, include: { outbox: true } });
    expect(event).toMatchObject({ organizationId: user.personalOrganizationId, userId: user.id, task: "sentiment", units: 18, ranOn: "wasm" });
    expect(event.outbox).toBeNull();
  });

  it("rejects made-up placements and unit counts", async () => {
    const user = await createUser(db, "local-liar");
    const api = await callerFor(db, user.id, user.personalOrganizationId);
    const base = { requestId: randomUUID(), task: "sentiment" as const, model: "m", units: 1, unitKind: "characters" as const, ranOn: "wasm" as const };
    await rejectsWithCode(api.inference.reportLocalRun({ ...base, ranOn: "server" as never }), "BAD_REQUEST");
    await rejectsWithCode(api.inference.reportLocalRun({ ...base, units: 0 }), "BAD_REQUEST");
    await rejectsWithCode(api.inference.reportLocalRun({ ...base, requestId: "not-a-uuid" }), "BAD_REQUEST");
    expect(await db.usageEvent.count({ where: { organizationId: user.personalOrganizationId } })).toBe(0);
  });
});
