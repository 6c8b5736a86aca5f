import Stripe from "stripe";
import { nowSeconds, type EmulatorState, type StripeObject } from "./state";

export interface SignedWebhook {
  event: StripeObject;
  /** The exact bytes to deliver; the signature covers them. */
  payload: string;
  /** The `Stripe-Signature` header. */
  signature: string;
}

export function signedEvent(state: EmulatorState, secret: string, type: string, object: StripeObject, created = nowSeconds()): SignedWebhook {
  const event = {
    id: state.id("evt"),
    object: "event",
    api_version: Stripe.API_VERSION,
    created,
    type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: structuredClone(object) },
  };
  const payload = JSON.stringify(event, null, 2);
  return { event, payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret }) };
}

/** POSTs each webhook in order, as Stripe would; returns the endpoint's status codes. */
export async function deliver(url: string, webhooks: SignedWebhook[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const webhook of webhooks) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": webhook.signature },
      body: webhook.payload,
    });
    statuses.push(response.status);
  }
  return statuses;
}
