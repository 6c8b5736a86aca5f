import type { Db } from "@/server/db";
import { DomainError, notFound } from "@/server/errors";
import { billingOfflineError, isBillingOnline } from "./config";
import { loadBillingState, planApplies } from "./organization-plan";
import { getStripe } from "./stripe/client";

export interface CheckoutUrls {
  successUrl: string;
  cancelUrl: string;
}

/**
 * A Stripe Checkout session that subscribes the organization to `planId`: the plan's monthly price plus its metered
 * price. The Stripe customer is created once and kept on Subscription.stripeCustomerId.
 */
export async function createCheckoutSession(db: Db, organizationId: string, planId: string, urls: CheckoutUrls) {
  if (!isBillingOnline()) throw billingOfflineError("upgrading");
  const plan = await db.plan.findUnique({ where: { id: planId } });
  if (!plan || !plan.active || plan.priceCents === 0) throw notFound("Plan");
  if (!plan.stripePriceId || !plan.stripeMeteredPriceId) {
    throw new DomainError("PRECONDITION_FAILED", `The ${plan.name} plan is not set up in Stripe yet: run \`npm run stripe:setup\`.`, "billing.planNotInStripe");
  }
  const { subscription } = await loadBillingState(db, organizationId);
  if (subscription?.stripeSubscriptionId && planApplies(subscription.status)) {
    throw new DomainError("CONFLICT", "This organization already has a subscription: change plans in the billing portal.", "billing.alreadySubscribed");
  }
  const customer = await ensureStripeCustomer(db, organizationId, plan.id);
  const metadata = { organizationId, planId: plan.id };
  const session = await getStripe().checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: organizationId,
    line_items: [{ price: plan.stripePriceId, quantity: 1 }, { price: plan.stripeMeteredPriceId }],
    success_url: urls.successUrl,
    cancel_url: urls.cancelUrl,
    metadata,
    subscription_data: { metadata },
  });
  if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a url`);
  return { id: session.id, url: session.url };
}

/** A Stripe billing portal session for the organization's customer (change plan, payment method, cancel). */
export async function createPortalSession(db: Db, organizationId: string, returnUrl: string) {
  if (!isBillingOnline()) throw billingOfflineError("the billing portal");
  const { subscription } = await loadBillingState(db, organizationId);
  if (!subscription?.stripeCustomerId) {
    throw new DomainError("PRECONDITION_FAILED", "This organization has no Stripe customer yet: upgrade to a paid plan first.", "billing.noCustomer");
  }
  const session = await getStripe().billingPortal.sessions.create({ customer: subscription.stripeCustomerId, return_url: returnUrl });
  return { url: session.url };
}

async function ensureStripeCustomer(db: Db, organizationId: string, planId: string): Promise<string> {
  const existing = await db.subscription.findUnique({ where: { organizationId } });
  if (existing?.stripeCustomerId) return existing.stripeCustomerId;
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  // The idempotency key makes concurrent upgrades of one organization get the same customer from Stripe.
  const customer = await getStripe().customers.create(
    { name: organization.name, metadata: { organizationId } },
    { idempotencyKey: `lumen-customer-${organizationId}` },
  );
  // INCOMPLETE until Stripe confirms payment: the organization stays on Free meanwhile.
  await db.subscription.upsert({
    where: { organizationId },
    create: { organizationId, planId, status: "INCOMPLETE", stripeCustomerId: customer.id },
    update: {},
  });
  await db.subscription.updateMany({ where: { organizationId, stripeCustomerId: null }, data: { stripeCustomerId: customer.id } });
  return customer.id;
}
