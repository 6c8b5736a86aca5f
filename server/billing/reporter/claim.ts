import type { DbClient } from "@/server/db";

export interface ClaimedUsage {
  id: string;
  meterIdentifier: string;
  attempts: number;
  units: number;
  occurredAt: Date;
  stripeCustomerId: string | null;
}

/**
 * Locks up to `limit` PENDING outbox rows that are due. SKIP LOCKED: rows another reporter holds are passed over,
 * so two reporters never send the same row at once; the locks last until the caller's transaction ends.
 */
export function claimDueUsage(tx: DbClient, limit: number, now: Date): Promise<ClaimedUsage[]> {
  return tx.$queryRaw<ClaimedUsage[]>`
    SELECT o.id, o."meterIdentifier", o.attempts, e.units, e."createdAt" AS "occurredAt", s."stripeCustomerId"
    FROM "UsageOutbox" o
    JOIN "UsageEvent" e ON e.id = o."usageEventId"
    LEFT JOIN "Subscription" s ON s."organizationId" = o."organizationId"
    WHERE o.status = 'PENDING' AND o."nextAttemptAt" <= ${now}
    ORDER BY o."nextAttemptAt", o."createdAt"
    LIMIT ${limit}
    FOR UPDATE OF o SKIP LOCKED`;
}
