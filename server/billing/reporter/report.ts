import type Stripe from "stripe";
import type { Db, DbClient } from "@/server/db";
import { isBillingOnline, meterEventName } from "../config";
import { getStripe } from "../stripe/client";
import { retryDelayMs, type BackoffOptions } from "./backoff";
import { claimDueUsage, type ClaimedUsage } from "./claim";
import { sendUsage, type SendOutcome } from "./send";

export interface ReportOptions {
  batchSize?: number;
  /** Customers sent to in parallel; one customer's events go one at a time (Stripe allows one concurrent call per customer and meter). */
  concurrency?: number;
  backoff?: BackoffOptions;
  stripe?: Stripe;
  now?: () => Date;
}

export interface ReportResult {
  offline: boolean;
  claimed: number;
  sent: number;
  notBillable: number;
  failed: number;
  retrying: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 60 * 60 * 1_000 };

/**
 * One pass of the usage reporter: claims due outbox rows, sends their meter events and records each outcome —
 * all inside one transaction, so a crash leaves the rows PENDING and unlocked, to be resent with the same identifier.
 */
export async function reportDueUsage(db: Db, options: ReportOptions = {}): Promise<ReportResult> {
  const result: ReportResult = { offline: false, claimed: 0, sent: 0, notBillable: 0, failed: 0, retrying: 0 };
  if (!isBillingOnline()) return { ...result, offline: true };
  const stripe = options.stripe ?? getStripe({ maxNetworkRetries: 0 });
  const now = options.now?.() ?? new Date();
  const eventName = meterEventName();

  return db.$transaction(
    async (tx) => {
      const rows = await claimDueUsage(tx, options.batchSize ?? 100, now);
      const outcomes = await sendByCustomer(rows, options.concurrency ?? 8, (row) => sendUsage(stripe, eventName, row, now));
      await recordOutcomes(tx, outcomes, now, options.backoff ?? DEFAULT_BACKOFF);
      for (const [, outcome] of outcomes) result[outcome.kind === "retry" ? "retrying" : outcome.kind] += 1;
      return { ...result, claimed: rows.length };
    },
    { maxWait: 10_000, timeout: 5 * 60_000 },
  );
}

async function sendByCustomer(
  rows: ClaimedUsage[],
  concurrency: number,
  send: (row: ClaimedUsage) => Promise<SendOutcome>,
): Promise<Map<ClaimedUsage, SendOutcome>> {
  const queues = new Map<string, ClaimedUsage[]>();
  for (const row of rows) {
    const key = row.stripeCustomerId ?? "";
    queues.set(key, [...(queues.get(key) ?? []), row]);
  }
  const pending = [...queues.values()];
  const outcomes = new Map<ClaimedUsage, SendOutcome>();
  const lane = async () => {
    for (let queue = pending.shift(); queue; queue = pending.shift()) {
      for (const row of queue) outcomes.set(row, await send(row));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return outcomes;
}

async function recordOutcomes(tx: DbClient, outcomes: Map<ClaimedUsage, SendOutcome>, now: Date, backoff: BackoffOptions) {
  const sentIds: string[] = [];
  for (const [row, outcome] of outcomes) {
    if (outcome.kind === "sent") {
      sentIds.push(row.id);
      continue;
    }
    const attempts = outcome.kind === "notBillable" ? row.attempts : row.attempts + 1;
    await tx.usageOutbox.update({
      where: { id: row.id },
      data:
        outcome.kind === "retry"
          ? { attempts, lastError: outcome.reason, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, backoff)) }
          : { attempts, lastError: outcome.reason, status: outcome.kind === "failed" ? "FAILED" : "NOT_BILLABLE" },
    });
  }
  if (sentIds.length > 0) {
    await tx.usageOutbox.updateMany({
      where: { id: { in: sentIds } },
      data: { status: "SENT", sentAt: now, lastError: null, attempts: { increment: 1 } },
    });
  }
}
