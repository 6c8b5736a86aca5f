import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDefaultPlans, estimateCost, getOrganizationPlan } from "@/server/billing";
import type { Db } from "@/server/db";
import { callerFor, createUser } from "@/tests/helpers/factories";
import { isolatedDb } from "./isolated-db";
import { seedEvents } from "./seed";

let db: Db;
let drop: () => Promise<void>;
let caller: Awaited<ReturnType<typeof callerFor>>;
const orgs: Record<"pro" | "business" | "trial" | "free" | "canceled", string> = { pro: "", business: "", trial: "", free: "", canceled: "" };
const range = { range: { kind: "custom" as const, from: "2026-02-01", to: "2026-02-28" }, timeZone: "UTC" };

beforeAll(async () => {
  ({ db, drop } = await isolatedDb());
  await ensureDefaultPlans(db);
  const admin = await createUser(db, "revenue-admin");
  await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
  caller = await callerFor(db, admin.id);
  const subscriptions = { pro: ["pro", "ACTIVE"], business: ["business", "ACTIVE"], trial: ["pro", "TRIALING"], canceled: ["business", "CANCELED"] } as const;
  for (const label of Object.keys(orgs) as (keyof typeof orgs)[]) {
    orgs[label] = (await createUser(db, label)).personalOrganizationId;
    const subscription = label === "free" ? null : subscriptions[label];
    if (subscription) await db.subscription.create({ data: { organizationId: orgs[label], planId: subscription[0], status: subscription[1] } });
  }
  await seedEvents(db, orgs.pro, [
    { at: "2026-02-03T10:00:00Z", units: 1_200_000, task: "chat" },
    { at: "2026-01-31T23:59:59Z", units: 9_999_999 }, // before the range
  ]);
  await seedEvents(db, orgs.business, [{ at: "2026-02-10T10:00:00Z", units: 300_000, task: "embeddings" }]);
  await seedEvents(db, orgs.trial, [{ at: "2026-02-11T10:00:00Z", units: 50_000 }]);
  await seedEvents(db, orgs.free, [{ at: "2026-02-28T23:00:00Z", units: 2_000_000, ranOn: "wasm" }]);
  await seedEvents(db, orgs.canceled, [{ at: "2026-02-12T10:00:00Z", units: 10 }]);
}, 60_000);

afterAll(async () => {
  await drop?.();
});

describe("platform usage and revenue", () => {
  it("computes MRR from ACTIVE subscriptions' plan prices only", async () => {
    const { mrr } = await caller.admin.usageAndRevenue(range);
    const [expected] = await db.$queryRaw<{ cents: bigint }[]>`
      SELECT SUM(p."priceCents")::bigint AS cents FROM "Subscription" s JOIN "Plan" p ON p.id = s."planId" WHERE s.status = 'ACTIVE'`;
    expect(mrr.byCurrency).toEqual([{ currency: "usd", cents: Number(expected?.cents), subscriptions: 2 }]);
    expect(mrr.byCurrency[0]?.cents).toBe(4_900 + 29_900);
    expect(mrr.byPlan.map((plan) => [plan.planId, plan.subscriptions, plan.mrrCents])).toEqual([
      ["pro", 1, 4_900],
      ["business", 1, 29_900],
    ]);
  });

  it("ranks customers by units and by estimated revenue, priced like estimateCost with the plan in force", async () => {
    const { topByUnits, topByRevenue, usage } = await caller.admin.usageAndRevenue(range);
    expect(topByUnits.map((row) => [row.organizationId, row.units])).toEqual([
      [orgs.free, 2_000_000],
      [orgs.pro, 1_200_000],
      [orgs.business, 300_000],
      [orgs.trial, 50_000],
      [orgs.canceled, 10],
    ]);
    for (const row of topByRevenue) {
      expect(row.estimatedRevenueCents).toBe(estimateCost(await getOrganizationPlan(db, row.organizationId), row.units).totalCents);
    }
    expect(topByRevenue.map((row) => [row.organizationId, row.estimatedRevenueCents])).toEqual([
      [orgs.business, 29_900],
      [orgs.pro, 4_900 + 4_000],
      [orgs.trial, 4_900],
      [orgs.canceled, 0],
      [orgs.free, 0],
    ]);
    expect(usage.total).toBe(3_550_010);
    expect(Object.fromEntries(usage.byTask.map((row) => [row.key, row.units]))).toEqual({ translation: 2_050_010, chat: 1_200_000, embeddings: 300_000 });
    expect(usage.byDay).toHaveLength(28);
  });
});
