import { monthlyRecurringRevenue, resolveRange, topCustomers, usageSummary, type RangeInput } from "@/server/analytics";
import type { Db } from "@/server/db";

/** Platform usage (per day, per task) and revenue (MRR, top customers by units and by estimated revenue). */
export async function platformUsageAndRevenue(db: Db, input: RangeInput, now = new Date()) {
  const range = await resolveRange(db, input, null, now);
  const [usage, mrr, topByUnits, topByRevenue] = await Promise.all([
    usageSummary(db, { organizationId: null }, range),
    monthlyRecurringRevenue(db),
    topCustomers(db, range, "units"),
    topCustomers(db, range, "revenue"),
  ]);
  return { range, usage: { total: usage.total, events: usage.events, byDay: usage.byDay, byTask: usage.byTask, byRanOn: usage.byRanOn }, mrr, topByUnits, topByRevenue };
}
