import { describe, expect, it } from "vitest";
import { getLiveUsage, meterIdentifierFor, recordUsage, usageForPeriod } from "@/server/billing";
import { testDb } from "@/tests/helpers/db";
import { rejectsWithCode } from "@/tests/helpers/factories";
import { organization, usageEvent } from "./helpers";

const db = testDb();

async function ledgerRows(organizationId: string) {
  const events = await db.usageEvent.findMany({ where: { organizationId } });
  const outbox = await db.usageOutbox.findMany({ where: { organizationId } });
  return { events, outbox };
}

describe("recordUsage", () => {
  it("writes one event and one outbox row whose meter identifier comes from the event id", async () => {
    const { organizationId } = await organization(db);
    const { event, duplicate } = await recordUsage(db, usageEvent(organizationId, { units: 42 }));
    expect(duplicate).toBe(false);
    const { events, outbox } = await ledgerRows(organizationId);
    expect(events).toHaveLength(1);
    expect(outbox).toEqual([expect.objectContaining({ usageEventId: event.id, meterIdentifier: meterIdentifierFor(event.id), status: "PENDING" })]);
  });

  it("records a repeated requestId once and returns the original event", async () => {
    const { organizationId } = await organization(db);
    const input = usageEvent(organizationId);
    const first = await recordUsage(db, input);
    const again = await recordUsage(db, { ...input, units: 999 });
    expect(again).toEqual({ event: first.event, duplicate: true });
    const { events, outbox } = await ledgerRows(organizationId);
    expect([events.length, outbox.length]).toEqual([1, 1]);
  });

  it("records a repeated idempotency key once, even under a new requestId", async () => {
    const { organizationId } = await organization(db);
    const first = await recordUsage(db, usageEvent(organizationId, { idempotencyKey: "order-17" }));
    const retry = await recordUsage(db, usageEvent(organizationId, { idempotencyKey: "order-17" }));
    expect(retry.duplicate).toBe(true);
    expect(retry.event.id).toBe(first.event.id);
    const { events, outbox } = await ledgerRows(organizationId);
    expect([events.length, outbox.length]).toEqual([1, 1]);
  });

  it("keeps one row when the same request is recorded concurrently", async () => {
    const { organizationId } = await organization(db);
    const input = usageEvent(organizationId);
    const results = await Promise.all(Array.from({ length: 8 }, () => recordUsage(db, input)));
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    expect(new Set(results.map((result) => result.event.id)).size).toBe(1);
    const { events, outbox } = await ledgerRows(organizationId);
    expect([events.length, outbox.length]).toEqual([1, 1]);
  });

  it("does not abort the caller's transaction on a duplicate", async () => {
    const { organizationId } = await organization(db);
    const input = usageEvent(organizationId);
    const after = await db.$transaction(async (tx) => {
      await recordUsage(tx, input);
      const again = await recordUsage(tx, input);
      return { again, count: await tx.usageEvent.count({ where: { organizationId } }) };
    });
    expect(after.again.duplicate).toBe(true);
    expect(after.count).toBe(1);
  });

  it("refuses another organization's requestId", async () => {
    const a = await organization(db);
    const b = await organization(db);
    const input = usageEvent(a.organizationId);
    await recordUsage(db, input);
    await rejectsWithCode(recordUsage(db, { ...input, organizationId: b.organizationId }), "CONFLICT");
    expect((await ledgerRows(b.organizationId)).events).toHaveLength(0);
  });
});

describe("live usage", () => {
  it("totals the current period by task and by UTC day", async () => {
    const { organizationId } = await organization(db);
    const now = new Date(Date.UTC(2026, 10, 20, 12));
    const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 10, day, hour));
    const seeds = [
      { task: "translation", units: 10, createdAt: at(18) },
      { task: "translation", units: 5, createdAt: at(18, 23) },
      { task: "sentiment", units: 2, createdAt: at(18) },
      { task: "sentiment", units: 7, createdAt: at(19) },
      { task: "chat", units: 100, createdAt: new Date(Date.UTC(2026, 9, 31, 23)) }, // previous month: not counted
    ];
    for (const { createdAt, ...fields } of seeds) {
      const { event } = await recordUsage(db, usageEvent(organizationId, fields));
      await db.usageEvent.update({ where: { id: event.id }, data: { createdAt } });
    }

    const live = await getLiveUsage(db, organizationId, now);
    expect(live.period).toEqual({ start: new Date(Date.UTC(2026, 10, 1)), end: new Date(Date.UTC(2026, 11, 1)) });
    expect(live.total).toBe(24);
    expect(live.events).toBe(4);
    expect(live.byTask).toEqual({ translation: 15, sentiment: 9 });
    expect(live.byDay).toEqual([
      { date: "2026-11-18", units: 17, byTask: { sentiment: 2, translation: 15 } },
      { date: "2026-11-19", units: 7, byTask: { sentiment: 7 } },
    ]);
    expect(await usageForPeriod(db, organizationId, live.period)).toEqual({ total: 24, byTask: { translation: 15, sentiment: 9 } });
  });
});
