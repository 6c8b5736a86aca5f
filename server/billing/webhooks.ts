import Stripe from "stripe";
import type { Db } from "@/server/db";
import { getStripe } from "./stripe/client";
import { applyInvoice, applySubscription, type SyncOutcome } from "./subscription-sync";

export interface WebhookResponse {
  status: number;
  body: { received: true; duplicate?: true; ignored?: string } | { error: string };
}

/**
 * Verifies a Stripe webhook on its raw body and applies it once: the StripeEvent row that remembers the event id is
 * written in the same transaction as its effect, so a replay (or a concurrent duplicate delivery) changes nothing.
 */
export async function handleStripeWebhook(db: Db, rawBody: string, signature: string | null): Promise<WebhookResponse> {
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!secret) return { status: 503, body: { error: "Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET is not set)." } };
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature ?? "", secret);
  } catch (error) {
    return { status: 400, body: { error: `Invalid Stripe signature: ${error instanceof Error ? error.message : String(error)}` } };
  }

  const prefetched = await prefetchSubscription(event);
  const eventAt = new Date(event.created * 1000);
  const outcome = await db.$transaction(async (tx): Promise<SyncOutcome | "duplicate"> => {
    const { count } = await tx.stripeEvent.createMany({ data: [{ id: event.id, type: event.type, createdAt: eventAt }], skipDuplicates: true });
    if (count === 0) return "duplicate";
    switch (event.type) {
      case "checkout.session.completed":
        return prefetched ? applySubscription(tx, prefetched, eventAt, event.data.object.client_reference_id ?? undefined) : ignored("not a subscription checkout");
      case "customer.subscription.created":
      case "customer.subscription.updated":
      case "customer.subscription.deleted":
        return applySubscription(tx, event.data.object, eventAt);
      case "invoice.paid":
      case "invoice.payment_failed":
        return applyInvoice(tx, event.data.object, event.type === "invoice.paid", eventAt);
      default:
        return ignored(`${event.type} is not handled`);
    }
  });
  if (outcome === "duplicate") return { status: 200, body: { received: true, duplicate: true } };
  return { status: 200, body: outcome.applied ? { received: true } : { received: true, ignored: outcome.ignored } };
}

const ignored = (reason: string): SyncOutcome => ({ applied: false, ignored: reason });

/** A completed Checkout session names its subscription by id; its state is fetched before the transaction opens. */
async function prefetchSubscription(event: Stripe.Event): Promise<Stripe.Subscription | null> {
  if (event.type !== "checkout.session.completed") return null;
  const { mode, subscription } = event.data.object;
  if (mode !== "subscription" || !subscription) return null;
  return typeof subscription === "string" ? getStripe().subscriptions.retrieve(subscription) : subscription;
}
