import type { Db, DbClient } from "@/server/db";

export interface PlanDefinition {
  id: string;
  name: string;
  priceCents: number;
  includedUnits: number;
  overageCentsPer1000Units: number;
  monthlyQuota: number | null;
  rateLimitPerMinute: number;
  sortOrder: number;
}

/** The plans a fresh installation starts with; admins change prices and limits in the database. */
export const DEFAULT_PLANS: PlanDefinition[] = [
  { id: "free", name: "Free", priceCents: 0, includedUnits: 10_000, overageCentsPer1000Units: 0, monthlyQuota: 10_000, rateLimitPerMinute: 60, sortOrder: 0 },
  { id: "pro", name: "Pro", priceCents: 4_900, includedUnits: 1_000_000, overageCentsPer1000Units: 20, monthlyQuota: 20_000_000, rateLimitPerMinute: 600, sortOrder: 1 },
  { id: "business", name: "Business", priceCents: 29_900, includedUnits: 10_000_000, overageCentsPer1000Units: 10, monthlyQuota: null, rateLimitPerMinute: 3_000, sortOrder: 2 },
];

/** Inserts missing default plans; never overwrites plans an admin has edited. */
export async function ensureDefaultPlans(db: DbClient): Promise<void> {
  for (const plan of DEFAULT_PLANS) {
    await db.plan.upsert({ where: { id: plan.id }, create: plan, update: {} });
  }
}

export function listActivePlans(db: Db) {
  return db.plan.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" } });
}
