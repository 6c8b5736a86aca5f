import type { Db } from "@/server/db";
import { isBillingOnline } from "./config";
import { estimateCost } from "./cost";
import { loadBillingState } from "./organization-plan";
import { listActivePlans } from "./plans";
import { getLiveUsage } from "./usage";

/** The plans on offer, and whether each can be bought now (billing online and the plan set up in Stripe). */
export async function listPlans(db: Db) {
  const online = isBillingOnline();
  return (await listActivePlans(db)).map((plan) => ({
    id: plan.id,
    name: plan.name,
    priceCents: plan.priceCents,
    currency: plan.currency,
    includedUnits: plan.includedUnits,
    overageCentsPer1000Units: plan.overageCentsPer1000Units,
    monthlyQuota: plan.monthlyQuota,
    rateLimitPerMinute: plan.rateLimitPerMinute,
    purchasable: online && plan.priceCents > 0 && plan.stripePriceId !== null && plan.stripeMeteredPriceId !== null,
  }));
}

/** Everything the billing page shows: the plan in force, the subscription's state, live usage and what it costs so far. */
export async function describeSubscription(db: Db, organizationId: string, now: Date = new Date()) {
  const { plan, subscription } = await loadBillingState(db, organizationId);
  const usage = await getLiveUsage(db, organizationId, now);
  return {
    plan,
    /** null when the organization never subscribed (Free). */
    status: subscription?.status ?? null,
    cancelAtPeriodEnd: subscription?.cancelAtPeriodEnd ?? false,
    hasStripeCustomer: Boolean(subscription?.stripeCustomerId),
    period: usage.period,
    usage,
    includedUnits: plan.includedUnits,
    costEstimate: estimateCost(plan, usage.total),
    /** False when STRIPE_SECRET_KEY is unset: usage is metered and shown, nothing is charged. */
    billingOnline: isBillingOnline(),
  };
}
