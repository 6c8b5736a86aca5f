import { z } from "zod";
import type { Db, DbClient, UsageEvent } from "@/server/db";
import { DomainError } from "@/server/errors";

export const usageEventInput = z.object({
  organizationId: z.string().min(1),
  task: z.string().min(1).max(64),
  model: z.string().min(1).max(200),
  units: z.number().int().nonnegative(),
  unitKind: z.string().min(1).max(32),
  /** Unique per request that consumed the units; recording it twice records it once. */
  requestId: z.string().min(1).max(200),
  /** The client's Idempotency-Key: unique per organization. */
  idempotencyKey: z.string().min(1).max(255).nullish(),
  apiKeyId: z.string().min(1).nullish(),
  userId: z.string().min(1).nullish(),
  ranOn: z.string().min(1).max(32).optional(),
  /** false for work done on the customer's own device: counted for quotas and analytics, never sent to Stripe. */
  billable: z.boolean().default(true),
});
export type UsageEventInput = z.input<typeof usageEventInput>;

export interface RecordedUsage {
  event: UsageEvent;
  /** True when the event had been recorded before (same requestId or idempotency key); nothing new was written. */
  duplicate: boolean;
}

/** The Stripe meter-event identifier of a usage event: derived from its id, so every resend carries the same one. */
export const meterIdentifierFor = (usageEventId: string) => `lumen_usage_${usageEventId}`;

/**
 * Writes one UsageEvent and its UsageOutbox row atomically, or returns the event already recorded for the same
 * requestId / (organization, idempotency key). Works inside a caller's transaction too: the insert uses
 * ON CONFLICT DO NOTHING, so a duplicate never aborts that transaction.
 */
export async function recordUsage(db: Db | DbClient, input: UsageEventInput): Promise<RecordedUsage> {
  const { billable, ...data } = usageEventInput.parse(input);
  return inTransaction(db, async (tx) => {
    const [created] = await tx.usageEvent.createManyAndReturn({ data: [data], skipDuplicates: true });
    if (created) {
      if (billable) {
        await tx.usageOutbox.create({
          data: { usageEventId: created.id, organizationId: created.organizationId, meterIdentifier: meterIdentifierFor(created.id) },
        });
      }
      return { event: created, duplicate: false };
    }
    return { event: await findRecorded(tx, data.organizationId, data.requestId, data.idempotencyKey), duplicate: true };
  });
}

async function findRecorded(tx: DbClient, organizationId: string, requestId: string, idempotencyKey?: string | null) {
  const existing =
    (await tx.usageEvent.findUnique({ where: { requestId } })) ??
    (idempotencyKey ? await tx.usageEvent.findUnique({ where: { organizationId_idempotencyKey: { organizationId, idempotencyKey } } }) : null);
  if (!existing) throw new Error(`usage event ${requestId} conflicted but cannot be found`);
  if (existing.organizationId !== organizationId) {
    throw new DomainError("CONFLICT", "This request id was already recorded for another organization.");
  }
  return existing;
}

function inTransaction<T>(db: Db | DbClient, work: (tx: DbClient) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(work) : work(db);
}
