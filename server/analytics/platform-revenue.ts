import { FREE_PLAN_ID } from "@/server/billing";
import { Prisma, type DbClient } from "@/server/db";
import type { ResolvedRange } from "./range";

export interface MrrByCurrency {
  currency: string;
  cents: number;
  subscriptions: number;
}

export interface PlanSubscriptions {
  planId: string;
  name: string;
  currency: string;
  priceCents: number;
  subscriptions: number;
  mrrCents: number;
}

export interface TopCustomer {
  organizationId: string;
  name: string;
  planId: string;
  units: number;
  currency: string;
  /** The plan's flat price plus overage on the range's units, as `estimateCost` computes it. */
  estimatedRevenueCents: number;
}

/** Monthly recurring revenue: the flat prices of ACTIVE subscriptions (trials, unpaid and canceled ones excluded). */
export async function monthlyRecurringRevenue(db: DbClient): Promise<{ byCurrency: MrrByCurrency[]; byPlan: PlanSubscriptions[] }> {
  const rows = await db.$queryRaw<{ planId: string; name: string; currency: string; priceCents: number; subscriptions: bigint }[]>`
    SELECT p.id AS "planId", p.name, p.currency, p."priceCents", COUNT(*)::bigint AS subscriptions
    FROM "Subscription" s JOIN "Plan" p ON p.id = s."planId"
    WHERE s.status = 'ACTIVE'
    GROUP BY p.id
    ORDER BY p."sortOrder", p.id`;
  const byPlan = rows.map((row) => {
    const subscriptions = Number(row.subscriptions);
    return { ...row, subscriptions, mrrCents: row.priceCents * subscriptions };
  });
  const currencies = new Map<string, MrrByCurrency>();
  for (const plan of byPlan) {
    const entry = currencies.get(plan.currency) ?? { currency: plan.currency, cents: 0, subscriptions: 0 };
    entry.cents += plan.mrrCents;
    entry.subscriptions += plan.subscriptions;
    currencies.set(plan.currency, entry);
  }
  return { byCurrency: [...currencies.values()], byPlan };
}

const ORDER = { units: Prisma.sql`units`, revenue: Prisma.sql`"estimatedRevenueCents"` } as const;

/** The organizations with the most units, or the highest estimated revenue, in the range (plan in force now). */
export async function topCustomers(db: DbClient, range: ResolvedRange, by: keyof typeof ORDER, limit = 10): Promise<TopCustomer[]> {
  const rows = await db.$queryRaw<(Omit<TopCustomer, "units" | "estimatedRevenueCents"> & { units: bigint; estimatedRevenueCents: bigint })[]>`
    SELECT u."organizationId", o.name, COALESCE(p.id, ${FREE_PLAN_ID}) AS "planId", u.units, COALESCE(p.currency, 'usd') AS currency,
           COALESCE(p."priceCents" + ROUND(GREATEST(u.units - p."includedUnits", 0) * p."overageCentsPer1000Units" / 1000.0), 0)::bigint
             AS "estimatedRevenueCents"
    FROM (
      SELECT "organizationId", SUM(units)::bigint AS units
      FROM "UsageEvent"
      WHERE "createdAt" >= ${range.start} AND "createdAt" < ${range.end}
      GROUP BY 1
    ) u
    JOIN "Organization" o ON o.id = u."organizationId"
    LEFT JOIN "Subscription" s ON s."organizationId" = u."organizationId" AND s.status IN ('ACTIVE', 'TRIALING', 'PAST_DUE')
    -- An unseeded database has no Free row; Free costs nothing either way.
    LEFT JOIN "Plan" p ON p.id = COALESCE(s."planId", ${FREE_PLAN_ID})
    ORDER BY ${ORDER[by]} DESC, o.name
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, units: Number(row.units), estimatedRevenueCents: Number(row.estimatedRevenueCents) }));
}
