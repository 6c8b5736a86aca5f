import { beforeAll, describe, expect, inject, it } from "vitest";
import { handleStripeWebhook, isBillingOnline, recordUsage, reportDueUsage } from "@/server/billing";
import { testDb } from "@/tests/helpers/db";
import { callerFor, rejectsWithCode } from "@/tests/helpers/factories";
import { startReporter } from "./child-process";
import { organization, usageEvent, useBillingOffline } from "./helpers";

const db = testDb();

beforeAll(() => useBillingOffline());

describe("billing offline (no STRIPE_SECRET_KEY)", () => {
  it("refuses checkout and the portal with a clear PRECONDITION_FAILED, but still meters and shows usage", async () => {
    expect(isBillingOnline()).toBe(false);
    const { owner, organizationId } = await organization(db, "offline");
    const caller = await callerFor(db, owner.id, organizationId);

    const checkout = await rejectsWithCode(caller.billing.checkout({ planId: "pro" }), "PRECONDITION_FAILED");
    expect(checkout.message).toBe("Billing is offline (STRIPE_SECRET_KEY is not set), so upgrading is not available. Usage is still metered.");
    await rejectsWithCode(caller.billing.portal(), "PRECONDITION_FAILED");

    const { event } = await recordUsage(db, usageEvent(organizationId, { units: 12, task: "sentiment" }));
    const overview = await caller.billing.subscription();
    expect(overview).toMatchObject({ billingOnline: false, plan: { id: "free" }, usage: { total: 12, byTask: { sentiment: 12 } } });
    expect((await caller.billing.plans()).every((plan) => !plan.purchasable)).toBe(true);

    expect(await reportDueUsage(db)).toMatchObject({ offline: true, claimed: 0 });
    expect((await db.usageOutbox.findUniqueOrThrow({ where: { usageEventId: event.id } })).status).toBe("PENDING");
  });

  it("has the reporter worker say so and exit, and webhooks answer that they are not configured", async () => {
    const reporter = startReporter({ DATABASE_URL: inject("databaseUrl"), STRIPE_SECRET_KEY: "" });
    expect(await reporter.exited).toEqual({ code: 0, signal: null });
    expect(reporter.output()).toContain("billing is offline");

    expect(await handleStripeWebhook(db, "{}", "t=1,v1=0")).toEqual({
      status: 503,
      body: { error: "Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET is not set)." },
    });
  });
});
