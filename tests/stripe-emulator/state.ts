import { randomBytes } from "node:crypto";
import type { FormObject, FormValue } from "./form";

export type StripeObject = Record<string, unknown>;

export interface AcceptedMeterEvent {
  identifier: string;
  eventName: string;
  customer: string;
  value: number;
  timestamp: number;
  acceptedAt: number;
}

export class EmulatorState {
  readonly customers = new Map<string, StripeObject>();
  readonly products = new Map<string, StripeObject>();
  readonly prices = new Map<string, StripeObject>();
  readonly meters = new Map<string, StripeObject>();
  readonly checkoutSessions = new Map<string, StripeObject & { line_items: StripeObject[]; subscription_metadata: FormValue }>();
  readonly subscriptions = new Map<string, StripeObject>();
  /** Every meter event accepted, in order; the index de-duplicates identifiers within Stripe's 24-hour window. */
  readonly acceptedMeterEvents: AcceptedMeterEvent[] = [];
  readonly meterEventsByIdentifier = new Map<string, AcceptedMeterEvent>();
  readonly meterEventStats = { requests: 0, injectedFailures: 0, duplicatesRejected: 0 };
  /** Responses to POSTs that carried an Idempotency-Key, replayed like Stripe does. */
  readonly idempotentResponses = new Map<string, { status: number; body: unknown }>();

  constructor(readonly baseUrl: () => string) {}

  id(prefix: string): string {
    return `${prefix}_${randomBytes(12).toString("hex")}`;
  }
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly type = status >= 500 ? "api_error" : "invalid_request_error",
  ) {
    super(message);
  }

  toBody() {
    return { error: { type: this.type, code: this.code, message: this.message } };
  }
}

export const notFound = (what: string, id: string) =>
  new StripeApiError(404, `No such ${what}: '${id}'`, "resource_missing");

export function required(body: FormObject, key: string): string {
  const value = body[key];
  if (typeof value !== "string" || value === "") throw new StripeApiError(400, `Missing required param: ${key}.`, "parameter_missing");
  return value;
}

export const metadataOf = (value: FormValue | undefined): Record<string, string> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, string>) : {};

export const list = (data: StripeObject[], url: string) => ({ object: "list", data, has_more: false, url });

export const nowSeconds = () => Math.floor(Date.now() / 1000);
