import { z } from "zod";
import { currentPeriod, loadBillingState } from "@/server/billing";
import type { DbClient } from "@/server/db";
import { addDays, isTimeZone, localDay, startOfLocalDay } from "./time-zone";

const MAX_RANGE_DAYS = 366;
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD.");

export const rangeSelection = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("period") }),
    z.object({ kind: z.literal("last30") }),
    z.object({ kind: z.literal("custom"), from: isoDay, to: isoDay }),
  ])
  .refine((range) => range.kind !== "custom" || range.from <= range.to, "The range must not end before it starts.")
  .refine(
    (range) => range.kind !== "custom" || Date.parse(range.to) - Date.parse(range.from) <= MAX_RANGE_DAYS * 86_400_000,
    `Pick at most ${MAX_RANGE_DAYS} days.`,
  );
export type RangeSelection = z.infer<typeof rangeSelection>;

export const timeZoneSchema = z.string().min(1).max(64).refine(isTimeZone, "Unknown time zone.");

export const rangeInput = z.object({ range: rangeSelection, timeZone: timeZoneSchema.default("UTC") });
export type RangeInput = z.infer<typeof rangeInput>;

/** A resolved range: instants for SQL (`end` exclusive) and the local days it covers, for day buckets. */
export interface ResolvedRange {
  start: Date;
  end: Date;
  timeZone: string;
  firstDay: string;
  lastDay: string;
}

/**
 * "period" is the organization's billing period (the UTC calendar month platform-wide), "last30" the 30 local days
 * ending today, "custom" whole local days in the chosen zone.
 */
export async function resolveRange(db: DbClient, input: RangeInput, organizationId: string | null, now = new Date()): Promise<ResolvedRange> {
  const { range, timeZone } = input;
  if (range.kind === "period") {
    const subscription = organizationId ? (await loadBillingState(db, organizationId)).subscription : null;
    const { start, end } = currentPeriod(subscription, now);
    return { start, end, timeZone, firstDay: localDay(start, timeZone), lastDay: localDay(new Date(end.getTime() - 1), timeZone) };
  }
  const lastDay = range.kind === "custom" ? range.to : localDay(now, timeZone);
  const firstDay = range.kind === "custom" ? range.from : addDays(lastDay, -29);
  return { start: startOfLocalDay(firstDay, timeZone), end: startOfLocalDay(addDays(lastDay, 1), timeZone), timeZone, firstDay, lastDay };
}
