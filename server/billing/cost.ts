import type { BillingPlan } from "./organization-plan";

export interface CostEstimate {
  currency: string;
  baseCents: number;
  includedUnits: number;
  usedUnits: number;
  overageUnits: number;
  overageCents: number;
  totalCents: number;
}

/** What the period costs so far: the flat price plus units beyond the included ones (Stripe rounds the same way). */
export function estimateCost(plan: BillingPlan, usedUnits: number): CostEstimate {
  const overageUnits = Math.max(0, usedUnits - plan.includedUnits);
  const overageCents = Math.round((overageUnits * plan.overageCentsPer1000Units) / 1000);
  return {
    currency: plan.currency,
    baseCents: plan.priceCents,
    includedUnits: plan.includedUnits,
    usedUnits,
    overageUnits,
    overageCents,
    totalCents: plan.priceCents + overageCents,
  };
}
