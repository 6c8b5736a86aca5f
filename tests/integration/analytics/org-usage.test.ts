import { beforeAll, describe, expect, it } from "vitest";
import { startOfLocalDay } from "@/server/analytics";
import { ensureDefaultPlans, estimateCost } from "@/server/billing";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser } from "@/tests/helpers/factories";
import { createApiKeyRow, seedEvents } from "./seed";

const db = testDb();
const HOUR = 3_600_000;

/** Independent ledger sum over [from, to) for one organization. */
async function ledgerSum(organizationId: string, from: string | Date, to: string | Date, extra = ""): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ sum: bigint | null }[]>(
    `SELECT SUM(units)::bigint AS sum FROM "UsageEvent" WHERE "organizationId" = $1 AND "createdAt" >= $2::timestamp AND "createdAt" < $3::timestamp ${extra}`,
    organizationId,
    new Date(from).toISOString().replace("Z", ""),
    new Date(to).toISOString().replace("Z", ""),
  );
  return Number(row?.sum ?? 0);
}

describe("time-zone day boundaries", () => {
  let organizationId: string;
  let caller: Awaited<ReturnType<typeof callerFor>>;

  beforeAll(async () => {
    const owner = await createUser(db, "tz");
    organizationId = owner.personalOrganizationId;
    caller = await callerFor(db, owner.id, organizationId);
    const other = await createUser(db, "tz-other");
    await seedEvents(db, organizationId, [
      { at: "2026-03-09T15:59:59Z", units: 1 }, // Shanghai 2026-03-09 23:59:59 — before the Shanghai range
      { at: "2026-03-09T16:00:00Z", units: 2 }, // Shanghai 2026-03-10 00:00
      { at: "2026-03-10T12:00:00Z", units: 4 }, // both zones: 2026-03-10
      { at: "2026-03-10T23:30:00Z", units: 8 }, // UTC 2026-03-10, Shanghai 2026-03-11
      { at: "2026-03-11T15:59:00Z", units: 16 }, // Shanghai 2026-03-11 23:59
      { at: "2026-03-11T16:00:00Z", units: 32 }, // Shanghai 2026-03-12 — after the Shanghai range
    ]);
    await seedEvents(db, other.personalOrganizationId, [{ at: "2026-03-10T12:00:00Z", units: 1000 }]);
  });

  it("buckets days in the chosen zone, equal to the ledger's sums over that zone's midnights", async () => {
    const range = { kind: "custom" as const, from: "2026-03-10", to: "2026-03-11" };
    const shanghai = await caller.usage.summary({ range, timeZone: "Asia/Shanghai" });
    expect(shanghai.range.start.toISOString()).toBe("2026-03-09T16:00:00.000Z");
    expect(shanghai.byDay.map((day) => [day.date, day.units])).toEqual([
      ["2026-03-10", await ledgerSum(organizationId, "2026-03-09T16:00Z", "2026-03-10T16:00Z")],
      ["2026-03-11", await ledgerSum(organizationId, "2026-03-10T16:00Z", "2026-03-11T16:00Z")],
    ]);
    expect(shanghai.byDay.map((day) => day.units)).toEqual([6, 24]);
    expect(shanghai.total).toBe(await ledgerSum(organizationId, "2026-03-09T16:00Z", "2026-03-11T16:00Z"));

    const utc = await caller.usage.summary({ range, timeZone: "UTC" });
    expect(utc.byDay.map((day) => day.units)).toEqual([
      await ledgerSum(organizationId, "2026-03-10T00:00Z", "2026-03-11T00:00Z"),
      await ledgerSum(organizationId, "2026-03-11T00:00Z", "2026-03-12T00:00Z"),
    ]);
    expect(utc.byDay.map((day) => day.units)).toEqual([12, 48]);
  });

  it("fills days without usage with zeros and refuses unknown zones", async () => {
    const summary = await caller.usage.summary({ range: { kind: "custom", from: "2026-03-12", to: "2026-03-14" }, timeZone: "Asia/Shanghai" });
    expect(summary.byDay).toEqual([
      { date: "2026-03-12", units: 32, byTask: { translation: 32 } },
      { date: "2026-03-13", units: 0, byTask: {} },
      { date: "2026-03-14", units: 0, byTask: {} },
    ]);
    await expect(caller.usage.summary({ range: { kind: "last30" }, timeZone: "Mars/Olympus" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("finds local midnight across a daylight-saving change", () => {
    expect(startOfLocalDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfLocalDay("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
  });
});

describe("current period and breakdowns", () => {
  const now = Date.now();
  const periodStart = new Date(now - 10 * 24 * HOUR);
  const periodEnd = new Date(now + 20 * 24 * HOUR);
  let organizationId: string;
  let caller: Awaited<ReturnType<typeof callerFor>>;
  let keyA: string;
  let keyB: string;

  beforeAll(async () => {
    await ensureDefaultPlans(db);
    const owner = await createUser(db, "period");
    organizationId = owner.personalOrganizationId;
    caller = await callerFor(db, owner.id, organizationId);
    await db.subscription.create({ data: { organizationId, planId: "pro", status: "ACTIVE", currentPeriodStart: periodStart, currentPeriodEnd: periodEnd } });
    keyA = (await createApiKeyRow(db, organizationId, "Production")).id;
    keyB = (await createApiKeyRow(db, organizationId, "Staging")).id;
    const at = (offsetMs: number) => new Date(periodStart.getTime() + offsetMs).toISOString();
    await seedEvents(db, organizationId, [
      { at: at(-60_000), units: 500_000, apiKeyId: keyA }, // last period: outside
      { at: at(0), units: 700_000, apiKeyId: keyA, task: "chat", model: "tiny-chat" },
      { at: at(HOUR), units: 400_000, apiKeyId: keyB },
      { at: at(2 * HOUR), units: 30, ranOn: "webgpu", task: "sentiment", model: "tiny-sentiment" },
      { at: at(3 * HOUR), units: 20, ranOn: "wasm", task: "sentiment", model: "tiny-sentiment" },
      { at: new Date(now - HOUR).toISOString(), units: 5, apiKeyId: keyB, task: "chat", model: "tiny-chat" },
    ]);
  });

  it("sums the billing period exactly, excluding the minute before it started, and prices the overage", async () => {
    const period = await caller.usage.currentPeriod();
    const expected = await ledgerSum(organizationId, periodStart, periodEnd);
    expect(expected).toBe(1_100_055);
    expect(period.totalUnits).toBe(expected);
    expect(period.period).toEqual({ start: periodStart, end: periodEnd });
    expect(period.plan.id).toBe("pro");
    expect(period.costEstimate).toEqual(estimateCost(period.plan, expected));
    expect(period.costEstimate.overageUnits).toBe(100_055);

    const summary = await caller.usage.summary({ range: { kind: "period" }, timeZone: "UTC" });
    expect(summary.total).toBe(expected);
    expect(summary.byDay.reduce((sum, day) => sum + day.units, 0)).toBe(expected);
  });

  it("splits by task, model, API key and where it ran, matching the ledger grouped independently", async () => {
    const summary = await caller.usage.summary({ range: { kind: "period" }, timeZone: "Europe/Berlin" });
    const where = { organizationId, createdAt: { gte: summary.range.start, lt: summary.range.end } };
    const grouped = async (by: "task" | "model" | "apiKeyId" | "ranOn") =>
      Object.fromEntries((await db.usageEvent.groupBy({ by: [by], where, _sum: { units: true } })).map((row) => [row[by] ?? "", row._sum.units]));
    const asRecord = (rows: { key: string; units: number }[]) => Object.fromEntries(rows.map((row) => [row.key, row.units]));

    expect(asRecord(summary.byTask)).toEqual(await grouped("task"));
    expect(asRecord(summary.byModel)).toEqual(await grouped("model"));
    expect(asRecord(summary.byApiKey)).toEqual(await grouped("apiKeyId"));
    expect(asRecord(summary.byRanOn)).toEqual(await grouped("ranOn"));
    expect(asRecord(summary.byRanOn)).toEqual({ server: 1_100_005, webgpu: 30, wasm: 20 });
    expect(summary.byApiKey.map((row) => [row.name, row.units])).toEqual([
      ["Production", 700_000],
      ["Staging", 400_005],
      [null, 50],
    ]);
    expect(summary.byTask[0]).toEqual({ key: "chat", units: 700_005, events: 2 });
  });

  it("lists the previous month from the ledger with an estimate when billing is offline", async () => {
    delete process.env.STRIPE_SECRET_KEY;
    const invoices = await caller.usage.invoices();
    expect(invoices.source).toBe("ledger");
    expect(invoices.billingOnline).toBe(false);
    const beforePeriod = await ledgerSum(organizationId, "2000-01-01T00:00Z", periodStart);
    expect(invoices.rows.reduce((sum, row) => sum + (row.units ?? 0), 0)).toBe(beforePeriod);
    expect(invoices.rows.every((row) => row.status === "estimate")).toBe(true);
  });
});
