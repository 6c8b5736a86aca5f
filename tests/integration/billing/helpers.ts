import { randomBytes } from "node:crypto";
import { ensureDefaultPlans, getStripe, type UsageEventInput } from "@/server/billing";
import type { Db } from "@/server/db";
import { createUser } from "@/tests/helpers/factories";
import type { StripeEmulator } from "@/tests/stripe-emulator";

export const WEBHOOK_SECRET = "whsec_lumen_tests";

/** Points getStripe() and the webhook handler at `emulator` (test files run in their own workers). */
export function useEmulator(emulator: StripeEmulator): void {
  process.env.STRIPE_SECRET_KEY = "sk_test_lumen_emulator";
  process.env.STRIPE_API_BASE = emulator.baseUrl;
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
}

export function useBillingOffline(): void {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_API_BASE;
  delete process.env.STRIPE_WEBHOOK_SECRET;
}

/** An organization owned by a fresh user, with the default plans in place. */
export async function organization(db: Db, label = "billing") {
  await ensureDefaultPlans(db);
  const owner = await createUser(db, label);
  return { owner, organizationId: owner.personalOrganizationId };
}

/** An organization on an active Pro subscription with a Stripe customer in the emulator. */
export async function payingOrganization(db: Db) {
  const { owner, organizationId } = await organization(db, "payer");
  const customer = await getStripe().customers.create({ metadata: { organizationId } });
  await db.subscription.create({
    data: { organizationId, planId: "pro", status: "ACTIVE", stripeCustomerId: customer.id, stripeSubscriptionId: `sub_${randomBytes(6).toString("hex")}` },
  });
  return { owner, organizationId, customerId: customer.id };
}

export function usageEvent(organizationId: string, overrides: Partial<UsageEventInput> = {}): UsageEventInput {
  return {
    organizationId,
    task: "translation",
    model: "tiny-translate",
    units: 3,
    unitKind: "characters",
    requestId: `req_${randomBytes(8).toString("hex")}`,
    ...overrides,
  };
}
