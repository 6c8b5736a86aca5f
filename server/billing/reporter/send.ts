import Stripe from "stripe";
import type { ClaimedUsage } from "./claim";

export type SendOutcome =
  | { kind: "sent" }
  | { kind: "notBillable"; reason: string }
  | { kind: "failed"; reason: string }
  | { kind: "retry"; reason: string };

/** Stripe refuses meter events older than 35 days. */
export const MAX_EVENT_AGE_MS = 35 * 24 * 60 * 60 * 1000;

/** Decides what to do with one claimed row and, when it is billable, sends its meter event. */
export async function sendUsage(stripe: Stripe, eventName: string, row: ClaimedUsage, now: Date): Promise<SendOutcome> {
  if (!row.stripeCustomerId) return { kind: "notBillable", reason: "The organization has no Stripe customer (free plan)." };
  if (row.units === 0) return { kind: "notBillable", reason: "Zero units." };
  if (now.getTime() - row.occurredAt.getTime() > MAX_EVENT_AGE_MS) {
    return { kind: "failed", reason: "Older than 35 days: Stripe no longer accepts meter events this old." };
  }
  try {
    await stripe.billing.meterEvents.create({
      event_name: eventName,
      payload: { stripe_customer_id: row.stripeCustomerId, value: String(row.units) },
      identifier: row.meterIdentifier,
      timestamp: Math.floor(row.occurredAt.getTime() / 1000),
    });
    return { kind: "sent" };
  } catch (error) {
    return classifyFailure(error);
  }
}

function classifyFailure(error: unknown): SendOutcome {
  if (!(error instanceof Stripe.errors.StripeError)) return { kind: "retry", reason: String(error) };
  const reason = `${error.statusCode ?? "network"} ${error.code ?? error.type}: ${error.message}`;
  // An earlier attempt was accepted but we never recorded it (crash, lost response): Stripe already has it.
  if (isDuplicateIdentifier(error)) return { kind: "sent" };
  // 400/404 reject this event for good; anything else (network, 401/403 config, 409, 429, 5xx) may pass later.
  if (error.statusCode === 400 || error.statusCode === 404) return { kind: "failed", reason };
  return { kind: "retry", reason };
}

function isDuplicateIdentifier(error: InstanceType<typeof Stripe.errors.StripeError>): boolean {
  if (error.statusCode !== 400) return false;
  return error.code === "resource_already_exists" || /identifier.*(already|duplicate)/i.test(error.message);
}
