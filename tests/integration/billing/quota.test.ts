import { describe, expect, it } from "vitest";
import { checkQuota, currentPeriod, estimateCost, getOrganizationPlan, recordUsage } from "@/server/billing";
import { testDb } from "@/tests/helpers/db";
import { organization, usageEvent } from "./helpers";

const db = testDb();
const now = new Date();
const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));

describe("plans and quotas", () => {
  it("puts organizations without a subscription on Free, and stops them at its quota", async () => {
    const { organizationId } = await organization(db);
    expect(await getOrganizationPlan(db, organizationId)).toMatchObject({ id: "free", monthlyQuota: 10_000, rateLimitPerMinute: 60 });
    await recordUsage(db, usageEvent(organizationId, { units: 9_999 }));

    expect(await checkQuota(db, organizationId, 1)).toEqual({ ok: true, limit: 10_000, used: 9_999, resetsAt: nextMonth });
    expect(await checkQuota(db, organizationId, 2)).toEqual({ ok: false, exceeded: true, limit: 10_000, used: 9_999, resetsAt: nextMonth });
  });

  it("applies an active subscription's plan and Stripe period, and falls back to Free once it is canceled", async () => {
    const { organizationId } = await organization(db);
    const start = new Date(now.getTime() - 24 * 3600 * 1000);
    const end = new Date(now.getTime() + 29 * 24 * 3600 * 1000);
    await db.subscription.create({ data: { organizationId, planId: "pro", status: "ACTIVE", currentPeriodStart: start, currentPeriodEnd: end } });
    const { event: before } = await recordUsage(db, usageEvent(organizationId, { units: 50_000 }));
    await db.usageEvent.update({ where: { id: before.id }, data: { createdAt: new Date(start.getTime() - 1000) } });
    await recordUsage(db, usageEvent(organizationId, { units: 15_000 }));

    expect((await getOrganizationPlan(db, organizationId)).id).toBe("pro");
    expect(await checkQuota(db, organizationId, 1)).toEqual({ ok: true, limit: 20_000_000, used: 15_000, resetsAt: end });

    await db.subscription.update({ where: { organizationId }, data: { status: "CANCELED" } });
    expect((await getOrganizationPlan(db, organizationId)).id).toBe("free");
    expect(await checkQuota(db, organizationId, 1)).toMatchObject({ ok: false, limit: 10_000, resetsAt: nextMonth });
  });

  it("keeps the plan while a payment is retried (PAST_DUE) but not before checkout is paid (INCOMPLETE)", async () => {
    const { organizationId } = await organization(db);
    await db.subscription.create({ data: { organizationId, planId: "business", status: "PAST_DUE" } });
    expect((await getOrganizationPlan(db, organizationId)).id).toBe("business");
    await db.subscription.update({ where: { organizationId }, data: { status: "INCOMPLETE" } });
    expect((await getOrganizationPlan(db, organizationId)).id).toBe("free");
  });
});

describe("periods and costs", () => {
  it("uses the calendar month (UTC) without a current Stripe period", () => {
    const at = new Date(Date.UTC(2026, 11, 31, 23, 59));
    expect(currentPeriod(null, at)).toEqual({ start: new Date(Date.UTC(2026, 11, 1)), end: new Date(Date.UTC(2027, 0, 1)) });
    const lapsed = { status: "ACTIVE" as const, currentPeriodStart: new Date(Date.UTC(2026, 10, 1)), currentPeriodEnd: new Date(Date.UTC(2026, 11, 1)) };
    expect(currentPeriod(lapsed, at).start).toEqual(new Date(Date.UTC(2026, 11, 1)));
  });

  it("estimates the flat price plus overage beyond the included units", () => {
    const pro = { id: "pro", name: "Pro", priceCents: 4_900, currency: "usd", includedUnits: 1_000_000, overageCentsPer1000Units: 20, monthlyQuota: null, rateLimitPerMinute: 600 };
    expect(estimateCost(pro, 400_000)).toMatchObject({ overageUnits: 0, overageCents: 0, totalCents: 4_900 });
    expect(estimateCost(pro, 1_500_000)).toEqual({
      currency: "usd",
      baseCents: 4_900,
      includedUnits: 1_000_000,
      usedUnits: 1_500_000,
      overageUnits: 500_000,
      overageCents: 10_000,
      totalCents: 14_900,
    });
  });
});
