import type Stripe from "stripe";
import { recordAudit } from "@/server/audit";
import type { DbClient, Subscription, SubscriptionStatus } from "@/server/db";
import { FREE_PLAN_ID, planApplies } from "./organization-plan";

export type SyncOutcome = { applied: true } | { applied: false; ignored: string };

const STATUS: Record<string, SubscriptionStatus> = {
  active: "ACTIVE",
  trialing: "TRIALING",
  past_due: "PAST_DUE",
  unpaid: "PAST_DUE",
  paused: "PAST_DUE",
  incomplete: "INCOMPLETE",
  incomplete_expired: "CANCELED",
  canceled: "CANCELED",
};
// A status Stripe adds later keeps the plan but flags the subscription, rather than cutting a paying customer off.
const statusOf = (status: string): SubscriptionStatus => STATUS[status] ?? "PAST_DUE";

const idOf = (value: string | { id: string }) => (typeof value === "string" ? value : value.id);

/** Events older than the last one applied to this subscription arrive out of order and must not roll it back. */
const isStale = (row: Subscription | null, eventAt: Date) => Boolean(row?.stripeEventAt && eventAt < row.stripeEventAt);

async function findRow(tx: DbClient, subscriptionId: string, customerId: string, organizationId?: string) {
  return (
    (await tx.subscription.findUnique({ where: { stripeSubscriptionId: subscriptionId } })) ??
    (await tx.subscription.findUnique({ where: { stripeCustomerId: customerId } })) ??
    (organizationId ? await tx.subscription.findUnique({ where: { organizationId } }) : null)
  );
}

/** Stores a Stripe subscription's state (plan from its price, status, period, cancellation) on the organization. */
export async function applySubscription(tx: DbClient, subscription: Stripe.Subscription, eventAt: Date, organizationIdHint?: string): Promise<SyncOutcome> {
  const customerId = idOf(subscription.customer);
  const row = await findRow(tx, subscription.id, customerId, subscription.metadata.organizationId ?? organizationIdHint);
  const organizationId = row?.organizationId ?? subscription.metadata.organizationId ?? organizationIdHint;
  if (!organizationId) return { applied: false, ignored: `subscription ${subscription.id} belongs to no organization` };
  if (isStale(row, eventAt)) return { applied: false, ignored: "older than the last applied event" };

  const priceIds = subscription.items.data.map((item) => item.price.id);
  const plan = await tx.plan.findFirst({ where: { stripePriceId: { in: priceIds } } });
  // Thrown, not ignored: Stripe retries the webhook once the catalog is set up (`npm run stripe:setup`).
  if (!plan) throw new Error(`No plan has any of the prices ${priceIds.join(", ")} of subscription ${subscription.id}`);
  const item = subscription.items.data.find((candidate) => candidate.price.id === plan.stripePriceId);
  const state = {
    planId: plan.id,
    status: statusOf(subscription.status),
    stripeCustomerId: customerId,
    stripeSubscriptionId: subscription.id,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    stripeEventAt: eventAt,
    ...(item && { currentPeriodStart: new Date(item.current_period_start * 1000), currentPeriodEnd: new Date(item.current_period_end * 1000) }),
  };
  await tx.subscription.upsert({ where: { organizationId }, create: { organizationId, ...state }, update: state });
  await auditPlanChange(tx, organizationId, subscription.id, row, state);
  return { applied: true };
}

/** invoice.paid / invoice.payment_failed: a failed renewal makes the subscription PAST_DUE, a paid one ACTIVE again. */
export async function applyInvoice(tx: DbClient, invoice: Stripe.Invoice, paid: boolean, eventAt: Date): Promise<SyncOutcome> {
  const reference = invoice.parent?.subscription_details?.subscription;
  if (!reference) return { applied: false, ignored: "invoice without a subscription" };
  const row = await tx.subscription.findUnique({ where: { stripeSubscriptionId: idOf(reference) } });
  if (!row) return { applied: false, ignored: "unknown subscription" };
  if (isStale(row, eventAt)) return { applied: false, ignored: "older than the last applied event" };
  if (row.status === "CANCELED") return { applied: false, ignored: "subscription is canceled" };
  const status: SubscriptionStatus = paid ? (row.status === "TRIALING" ? "TRIALING" : "ACTIVE") : "PAST_DUE";
  await tx.subscription.update({ where: { id: row.id }, data: { status, stripeEventAt: eventAt } });
  return { applied: true };
}

async function auditPlanChange(
  tx: DbClient,
  organizationId: string,
  subscriptionId: string,
  before: Subscription | null,
  after: { planId: string; status: SubscriptionStatus },
) {
  const from = before && planApplies(before.status) ? before.planId : FREE_PLAN_ID;
  const to = planApplies(after.status) ? after.planId : FREE_PLAN_ID;
  if (from === to) return;
  await recordAudit(tx, {
    organizationId,
    action: "billing.plan_changed",
    targetType: "subscription",
    targetId: subscriptionId,
    metadata: { from, to, status: after.status },
  });
}
