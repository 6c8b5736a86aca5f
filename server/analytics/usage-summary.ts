import { Prisma, type DbClient } from "@/server/db";
import type { ResolvedRange } from "./range";
import { daysBetween } from "./time-zone";

export interface Breakdown {
  key: string;
  units: number;
  events: number;
}

export interface ApiKeyBreakdown extends Breakdown {
  /** The key's name; null for usage without a key (the app itself, in-browser runs). */
  name: string | null;
}

export interface DayUsage {
  /** Local day in the range's time zone, `YYYY-MM-DD`. */
  date: string;
  units: number;
  byTask: Record<string, number>;
}

export interface UsageSummary {
  range: ResolvedRange;
  total: number;
  events: number;
  byDay: DayUsage[];
  byTask: Breakdown[];
  byModel: Breakdown[];
  byApiKey: ApiKeyBreakdown[];
  byRanOn: Breakdown[];
}

/** One organization's usage, or the whole platform's when `organizationId` is null. */
export interface UsageScope {
  organizationId: string | null;
}

const DIMENSION_COLUMNS = {
  task: Prisma.sql`"task"`,
  model: Prisma.sql`"model"`,
  ranOn: Prisma.sql`"ranOn"`,
  apiKey: Prisma.sql`COALESCE("apiKeyId", '')`,
} as const;
type UsageDimension = keyof typeof DIMENSION_COLUMNS;

interface GroupRow {
  key: string;
  units: bigint;
  events: bigint;
}

function scopeAndRange({ organizationId }: UsageScope, { start, end }: ResolvedRange) {
  const organization = organizationId ? Prisma.sql`AND "organizationId" = ${organizationId}` : Prisma.empty;
  return Prisma.sql`"createdAt" >= ${start} AND "createdAt" < ${end} ${organization}`;
}

/** Units and events per value of `dimension`, largest first. The empty key stands for "no API key". */
async function usageBy(db: DbClient, scope: UsageScope, range: ResolvedRange, dimension: UsageDimension): Promise<Breakdown[]> {
  const column = DIMENSION_COLUMNS[dimension];
  const rows = await db.$queryRaw<GroupRow[]>`
    SELECT ${column} AS key, SUM(units)::bigint AS units, COUNT(*)::bigint AS events
    FROM "UsageEvent"
    WHERE ${scopeAndRange(scope, range)}
    GROUP BY 1
    ORDER BY 2 DESC, 1`;
  return rows.map((row) => ({ key: row.key, units: Number(row.units), events: Number(row.events) }));
}

/** Units per local day (bucketed in SQL in the range's zone) and task; every day of the range is present. */
async function usageByDay(db: DbClient, scope: UsageScope, range: ResolvedRange): Promise<DayUsage[]> {
  const rows = await db.$queryRaw<{ day: string; task: string; units: bigint }[]>`
    SELECT to_char(("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${range.timeZone}::text, 'YYYY-MM-DD') AS day,
           task, SUM(units)::bigint AS units
    FROM "UsageEvent"
    WHERE ${scopeAndRange(scope, range)}
    GROUP BY 1, 2
    ORDER BY 1, 2`;
  const days = new Map(daysBetween(range.firstDay, range.lastDay).map((date): [string, DayUsage] => [date, { date, units: 0, byTask: {} }]));
  for (const row of rows) {
    const day = days.get(row.day);
    if (!day) continue;
    day.units += Number(row.units);
    day.byTask[row.task] = Number(row.units);
  }
  return [...days.values()];
}

async function withKeyNames(db: DbClient, breakdown: Breakdown[]): Promise<ApiKeyBreakdown[]> {
  const ids = breakdown.map((row) => row.key).filter(Boolean);
  const keys = ids.length ? await db.apiKey.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(keys.map((key) => [key.id, key.name]));
  return breakdown.map((row) => ({ ...row, name: names.get(row.key) ?? null }));
}

/** Everything the usage charts show, for one range. */
export async function usageSummary(db: DbClient, scope: UsageScope, range: ResolvedRange): Promise<UsageSummary> {
  const [byDay, byTask, byModel, byApiKey, byRanOn] = await Promise.all([
    usageByDay(db, scope, range),
    usageBy(db, scope, range, "task"),
    usageBy(db, scope, range, "model"),
    usageBy(db, scope, range, "apiKey").then((rows) => withKeyNames(db, rows)),
    usageBy(db, scope, range, "ranOn"),
  ]);
  const total = byTask.reduce((sum, row) => sum + row.units, 0);
  const events = byTask.reduce((sum, row) => sum + row.events, 0);
  return { range, total, events, byDay, byTask, byModel, byApiKey, byRanOn };
}
