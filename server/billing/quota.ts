import type { DbClient } from "@/server/db";
import { loadBillingState } from "./organization-plan";
import { currentPeriod } from "./period";
import { usageForPeriod } from "./usage";

export type QuotaCheck =
  | { ok: true; limit: number | null; used: number; resetsAt: Date }
  | { ok: false; exceeded: true; limit: number; used: number; resetsAt: Date };

/**
 * Whether `units` more fit in the plan's monthly quota for the current period (null quota = unlimited).
 * A check, not a reservation: requests racing at the limit can overshoot it by what they were already doing.
 */
export async function checkQuota(db: DbClient, organizationId: string, units: number, now: Date = new Date()): Promise<QuotaCheck> {
  const { plan, subscription } = await loadBillingState(db, organizationId);
  const period = currentPeriod(subscription, now);
  const { total: used } = await usageForPeriod(db, organizationId, period);
  const limit = plan.monthlyQuota;
  if (limit !== null && used + units > limit) return { ok: false, exceeded: true, limit, used, resetsAt: period.end };
  return { ok: true, limit, used, resetsAt: period.end };
}
