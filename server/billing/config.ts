import { DomainError } from "@/server/errors";

export const DEFAULT_METER_EVENT_NAME = "lumen_units";

/** Billing is online when a Stripe secret key is configured; offline, usage is metered and shown but nothing is charged. */
export function isBillingOnline(): boolean {
  return Boolean(process.env.STRIPE_SECRET_KEY);
}

export function meterEventName(): string {
  return process.env.STRIPE_METER_EVENT_NAME || DEFAULT_METER_EVENT_NAME;
}

export const billingOfflineError = (action: string) =>
  new DomainError(
    "PRECONDITION_FAILED",
    `Billing is offline (STRIPE_SECRET_KEY is not set), so ${action} is not available. Usage is still metered.`,
    "billing.offline",
  );
