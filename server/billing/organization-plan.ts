import type { DbClient, Plan, Subscription, SubscriptionStatus } from "@/server/db";
import { DEFAULT_PLANS } from "./plans";

export const FREE_PLAN_ID = "free";

export type BillingPlan = Pick<
  Plan,
  "id" | "name" | "priceCents" | "currency" | "includedUnits" | "overageCentsPer1000Units" | "monthlyQuota" | "rateLimitPerMinute"
>;

export interface BillingState {
  /** The plan in force: the subscription's while it applies, else Free. */
  plan: BillingPlan;
  subscription: Subscription | null;
}

/** PAST_DUE keeps the plan while Stripe retries the payment; INCOMPLETE (checkout not paid) and CANCELED do not. */
export function planApplies(status: SubscriptionStatus): boolean {
  return status === "ACTIVE" || status === "TRIALING" || status === "PAST_DUE";
}

export async function loadBillingState(db: DbClient, organizationId: string): Promise<BillingState> {
  const row = await db.subscription.findUnique({ where: { organizationId }, include: { plan: true } });
  if (!row) return { plan: await freePlan(db), subscription: null };
  const { plan, ...subscription } = row;
  return { plan: planApplies(subscription.status) ? toBillingPlan(plan) : await freePlan(db), subscription };
}

/** The plan whose limits apply to the organization now (no subscription, or a canceled one → Free). */
export async function getOrganizationPlan(db: DbClient, organizationId: string): Promise<BillingPlan> {
  return (await loadBillingState(db, organizationId)).plan;
}

async function freePlan(db: DbClient): Promise<BillingPlan> {
  const row = await db.plan.findUnique({ where: { id: FREE_PLAN_ID } });
  if (row) return toBillingPlan(row);
  // A database nobody seeded yet still gets the Free limits rather than an error.
  const fallback = DEFAULT_PLANS.find((plan) => plan.id === FREE_PLAN_ID);
  if (!fallback) throw new Error("DEFAULT_PLANS lacks the free plan");
  return toBillingPlan({ ...fallback, currency: "usd" });
}

function toBillingPlan(plan: BillingPlan): BillingPlan {
  const { id, name, priceCents, currency, includedUnits, overageCentsPer1000Units, monthlyQuota, rateLimitPerMinute } = plan;
  return { id, name, priceCents, currency, includedUnits, overageCentsPer1000Units, monthlyQuota, rateLimitPerMinute };
}
