import type { Subscription } from "@/server/db";
import { planApplies } from "./organization-plan";

/** A billing period, `end` exclusive. */
export interface BillingPeriod {
  start: Date;
  end: Date;
}

type PeriodSource = Pick<Subscription, "status" | "currentPeriodStart" | "currentPeriodEnd">;

/** Stripe's current period while the subscription applies and covers `now`; otherwise the calendar month (UTC). */
export function currentPeriod(subscription: PeriodSource | null, now: Date = new Date()): BillingPeriod {
  if (subscription?.currentPeriodEnd && planApplies(subscription.status)) {
    const { currentPeriodStart: start, currentPeriodEnd: end } = subscription;
    if (start <= now && now < end) return { start, end };
  }
  return calendarMonth(now);
}

function calendarMonth(now: Date): BillingPeriod {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { start, end };
}
