import type { DbClient } from "@/server/db";
import { loadBillingState } from "./organization-plan";
import { currentPeriod, type BillingPeriod } from "./period";

export interface PeriodUsage {
  total: number;
  /** Units by task, e.g. `{ translation: 1200, chat: 40 }`. */
  byTask: Record<string, number>;
}

export interface DailyUsage {
  /** UTC day, `YYYY-MM-DD`. */
  date: string;
  units: number;
  byTask: Record<string, number>;
}

export interface LiveUsage extends PeriodUsage {
  period: BillingPeriod;
  events: number;
  byDay: DailyUsage[];
}

interface UsageRow {
  day: string;
  task: string;
  units: bigint;
  events: bigint;
}

function usageRows(db: DbClient, organizationId: string, { start, end }: BillingPeriod) {
  return db.$queryRaw<UsageRow[]>`
    SELECT to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD') AS day, task,
           SUM(units)::bigint AS units, COUNT(*)::bigint AS events
    FROM "UsageEvent"
    WHERE "organizationId" = ${organizationId} AND "createdAt" >= ${start} AND "createdAt" < ${end}
    GROUP BY 1, 2
    ORDER BY 1, 2`;
}

/** Units recorded for the organization within `period`, in total and by task. */
export async function usageForPeriod(db: DbClient, organizationId: string, period: BillingPeriod): Promise<PeriodUsage> {
  const { total, byTask } = summarize(await usageRows(db, organizationId, period));
  return { total, byTask };
}

/** Usage of the current billing period as recorded so far (the ledger, not Stripe): totals, per task, per UTC day. */
export async function getLiveUsage(db: DbClient, organizationId: string, now: Date = new Date()): Promise<LiveUsage> {
  const { subscription } = await loadBillingState(db, organizationId);
  const period = currentPeriod(subscription, now);
  return { period, ...summarize(await usageRows(db, organizationId, period)) };
}

function summarize(rows: UsageRow[]) {
  const byTask: Record<string, number> = {};
  const days = new Map<string, DailyUsage>();
  let total = 0;
  let events = 0;
  for (const row of rows) {
    const units = Number(row.units);
    total += units;
    events += Number(row.events);
    byTask[row.task] = (byTask[row.task] ?? 0) + units;
    const day = days.get(row.day) ?? { date: row.day, units: 0, byTask: {} };
    day.units += units;
    day.byTask[row.task] = units;
    days.set(row.day, day);
  }
  return { total, events, byTask, byDay: [...days.values()] };
}
