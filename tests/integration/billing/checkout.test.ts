import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST as webhookRoute } from "@/app/api/stripe/webhook/route";
import { checkQuota, getOrganizationPlan, recordUsage } from "@/server/billing";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser, rejectsWithCode } from "@/tests/helpers/factories";
import { StripeEmulator, type SignedWebhook } from "@/tests/stripe-emulator";
import { WEBHOOK_SECRET, organization, usageEvent, useEmulator } from "./helpers";
import { startScript } from "./child-process";

const db = testDb();
let emulator: StripeEmulator;

beforeAll(async () => {
  emulator = await StripeEmulator.start({ webhookSecret: WEBHOOK_SECRET });
  useEmulator(emulator);
});
afterAll(() => emulator.stop());

/** Delivers a webhook through the real route handler, with the raw body Stripe signed. */
async function deliver(webhook: SignedWebhook, signature = webhook.signature) {
  const response = await webhookRoute(
    new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: { "stripe-signature": signature }, body: webhook.payload }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function runSetupCommand() {
  const setup = startScript("scripts/stripe-setup.ts", {
    DATABASE_URL: inject("databaseUrl"),
    STRIPE_SECRET_KEY: "sk_test_lumen_emulator",
    STRIPE_API_BASE: emulator.baseUrl,
  });
  expect(await setup.exited).toEqual({ code: 0, signal: null });
  return setup.output();
}

/** An organization whose owner upgraded to Pro through Checkout, with both webhooks delivered. */
async function upgradedOrganization() {
  const { owner, organizationId } = await organization(db, "upgrader");
  const caller = await callerFor(db, owner.id, organizationId);
  const session = await caller.billing.checkout({ planId: "pro" });
  const webhooks = await emulator.completeCheckoutSession(session.id);
  for (const webhook of webhooks) expect(await deliver(webhook)).toEqual({ status: 200, body: { received: true } });
  const subscription = await db.subscription.findUniqueOrThrow({ where: { organizationId } });
  return { owner, organizationId, caller, session, webhooks, subscriptionId: subscription.stripeSubscriptionId! };
}

const seconds = () => Math.floor(Date.now() / 1000);

describe("Stripe catalog setup", () => {
  it("creates the meter, products and prices once, and reuses them on the next run", async () => {
    const first = await runSetupCommand();
    expect(first).toContain("(created)");
    const plans = await db.plan.findMany({ where: { priceCents: { gt: 0 } }, orderBy: { id: "asc" } });
    expect(plans.every((plan) => plan.stripeProductId && plan.stripePriceId && plan.stripeMeteredPriceId)).toBe(true);

    const second = await runSetupCommand();
    expect(second).not.toContain("created");
    expect(second.match(/already set up/g)).toHaveLength(plans.length);
    expect([emulator.state.meters.size, emulator.state.products.size, emulator.state.prices.size]).toEqual([1, plans.length, 2 * plans.length]);
    expect(await db.plan.findMany({ where: { priceCents: { gt: 0 } }, orderBy: { id: "asc" } })).toEqual(plans);

    const metered = emulator.state.prices.get(plans.find((plan) => plan.id === "pro")!.stripeMeteredPriceId!)!;
    expect(metered).toMatchObject({
      billing_scheme: "tiered",
      tiers_mode: "graduated",
      recurring: { usage_type: "metered", meter: [...emulator.state.meters.keys()][0] },
      tiers: [expect.objectContaining({ up_to: 1_000_000, unit_amount: 0 }), expect.objectContaining({ up_to: null, unit_amount_decimal: "0.02" })],
    });
  });
});

describe("upgrading through Checkout", () => {
  it("activates Pro once Stripe's signed webhooks arrive, lifting the Free limits", async () => {
    const { owner, organizationId } = await organization(db, "upgrader");
    const caller = await callerFor(db, owner.id, organizationId);
    const { event: freeUsage } = await recordUsage(db, usageEvent(organizationId, { units: 9_000 }));
    await db.usageEvent.update({ where: { id: freeUsage.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const session = await caller.billing.checkout({ planId: "pro" });
    expect(session.url).toContain(emulator.baseUrl);
    const pending = await db.subscription.findUniqueOrThrow({ where: { organizationId } });
    expect(pending).toMatchObject({ status: "INCOMPLETE", stripeCustomerId: expect.stringMatching(/^cus_/) });
    expect((await getOrganizationPlan(db, organizationId)).id).toBe("free");
    expect((await checkQuota(db, organizationId, 5_000)).ok).toBe(false);

    const webhooks = await emulator.completeCheckoutSession(session.id);
    expect(webhooks.map((webhook) => webhook.event.type)).toEqual(["checkout.session.completed", "customer.subscription.created"]);
    for (const webhook of webhooks) expect((await deliver(webhook)).status).toBe(200);

    expect((await getOrganizationPlan(db, organizationId)).id).toBe("pro");
    expect(await checkQuota(db, organizationId, 5_000)).toMatchObject({ ok: true, limit: 20_000_000 });
    const subscription = await db.subscription.findUniqueOrThrow({ where: { organizationId } });
    expect(subscription).toMatchObject({ planId: "pro", status: "ACTIVE", stripeCustomerId: pending.stripeCustomerId, cancelAtPeriodEnd: false });
    expect(subscription.currentPeriodEnd!.getTime()).toBeGreaterThan(Date.now());
    const audits = await db.auditLog.findMany({ where: { organizationId, action: "billing.plan_changed" } });
    expect(audits.map((audit) => audit.metadata)).toEqual([{ from: "free", to: "pro", status: "ACTIVE" }]);

    const overview = await caller.billing.subscription();
    expect(overview).toMatchObject({ plan: { id: "pro" }, status: "ACTIVE", billingOnline: true, includedUnits: 1_000_000 });
    expect(overview.usage.total).toBe(0); // the new Stripe period began after the Free usage
  });

  it("lets only owners and admins upgrade, and refuses a second subscription", async () => {
    const { organizationId, caller } = await upgradedOrganization();
    await rejectsWithCode(caller.billing.checkout({ planId: "business" }), "CONFLICT");
    const member = await createUser(db, "member");
    await db.membership.create({ data: { userId: member.id, organizationId, role: "MEMBER" } });
    const memberCaller = await callerFor(db, member.id, organizationId);
    await rejectsWithCode(memberCaller.billing.checkout({ planId: "pro" }), "FORBIDDEN");
    await rejectsWithCode(memberCaller.billing.portal(), "FORBIDDEN");
    expect((await caller.billing.portal()).url).toContain(`${emulator.baseUrl}/_emulator/portal/`);
  });
});

describe("Stripe webhooks", () => {
  it("applies a replayed event once", async () => {
    const { organizationId, subscriptionId } = await upgradedOrganization();
    const at = seconds() + 10;
    const cancel = await emulator.updateSubscription(subscriptionId, { cancel_at_period_end: true }, at);
    const keep = await emulator.updateSubscription(subscriptionId, { cancel_at_period_end: false }, at);
    expect((await deliver(cancel)).body).toEqual({ received: true });
    expect((await deliver(keep)).body).toEqual({ received: true });
    expect(await deliver(cancel)).toEqual({ status: 200, body: { received: true, duplicate: true } });

    expect((await db.subscription.findUniqueOrThrow({ where: { organizationId } })).cancelAtPeriodEnd).toBe(false);
    expect(await db.stripeEvent.count({ where: { id: cancel.event.id as string } })).toBe(1);
  });

  it("ignores an older customer.subscription.updated that arrives after a newer one", async () => {
    const { organizationId, subscriptionId } = await upgradedOrganization();
    const older = await emulator.updateSubscription(subscriptionId, { cancel_at_period_end: true }, seconds() + 10);
    const newer = await emulator.updateSubscription(subscriptionId, { status: "past_due", cancel_at_period_end: false }, seconds() + 20);
    expect((await deliver(newer)).body).toEqual({ received: true });
    expect((await deliver(older)).body).toEqual({ received: true, ignored: "older than the last applied event" });

    expect(await db.subscription.findUniqueOrThrow({ where: { organizationId } })).toMatchObject({ status: "PAST_DUE", cancelAtPeriodEnd: false });
  });

  it("follows invoices and cancellation: PAST_DUE on a failed payment, ACTIVE when paid, Free once deleted", async () => {
    const { organizationId, subscriptionId } = await upgradedOrganization();
    const invoice = { id: "in_test", object: "invoice", parent: { type: "subscription_details", subscription_details: { subscription: subscriptionId } } };
    const status = async () => (await db.subscription.findUniqueOrThrow({ where: { organizationId } })).status;

    await deliver(emulator.signEvent("invoice.payment_failed", invoice, seconds() + 10));
    expect(await status()).toBe("PAST_DUE");
    expect((await getOrganizationPlan(db, organizationId)).id).toBe("pro");
    await deliver(emulator.signEvent("invoice.paid", invoice, seconds() + 20));
    expect(await status()).toBe("ACTIVE");
    await deliver(await emulator.updateSubscription(subscriptionId, { status: "canceled" }, seconds() + 30));
    expect(await status()).toBe("CANCELED");
    expect((await getOrganizationPlan(db, organizationId)).id).toBe("free");
    const audits = await db.auditLog.findMany({ where: { organizationId, action: "billing.plan_changed" }, orderBy: { createdAt: "asc" } });
    expect(audits.map((audit) => audit.metadata)).toEqual([
      { from: "free", to: "pro", status: "ACTIVE" },
      { from: "pro", to: "free", status: "CANCELED" },
    ]);
  });

  it("answers 400 with a JSON error to a bad signature or a tampered body, and stores nothing", async () => {
    const { subscriptionId } = await upgradedOrganization();
    const webhook = await emulator.updateSubscription(subscriptionId, { cancel_at_period_end: true }, seconds() + 10);
    const forged = await deliver(webhook, "t=1,v1=0000");
    expect(forged.status).toBe(400);
    expect(forged.body.error).toMatch(/Invalid Stripe signature/);
    const tampered = await deliver({ ...webhook, payload: webhook.payload.replace('"cancel_at_period_end": true', '"cancel_at_period_end": false') });
    expect(tampered.status).toBe(400);
    expect(await db.stripeEvent.count({ where: { id: webhook.event.id as string } })).toBe(0);
  });
});
