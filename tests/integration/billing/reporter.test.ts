import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { recordUsage, reportDueUsage } from "@/server/billing";
import { testDb } from "@/tests/helpers/db";
import { StripeEmulator } from "@/tests/stripe-emulator";
import { organization, payingOrganization, usageEvent, useEmulator } from "./helpers";
import { startReporter, waitFor } from "./child-process";

const db = testDb();
let emulator: StripeEmulator;

beforeAll(async () => {
  emulator = await StripeEmulator.start({ meterEventFaults: { failureRate: 0.3, seed: 20261124 } });
  useEmulator(emulator);
});
afterAll(() => emulator.stop());

const outboxOf = (organizationId: string) =>
  db.usageOutbox.findMany({ where: { organizationId }, include: { usageEvent: { select: { units: true } } } });

async function recordMany(organizationId: string, count: number) {
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, (_, j) => recordUsage(db, usageEvent(organizationId, { units: 1 + ((i + j) % 7) }))),
    );
  }
}

describe("usage reporter", () => {
  it("reports 1,000 events exactly once through 30% failures and a SIGKILL midway", async () => {
    const { organizationId, customerId } = await payingOrganization(db);
    await recordMany(organizationId, 1_000);
    const ledgerUnits = (await outboxOf(organizationId)).reduce((sum, row) => sum + row.usageEvent.units, 0);
    const acceptedForCustomer = () => emulator.acceptedMeterEvents.filter((event) => event.customer === customerId);
    const env = { DATABASE_URL: inject("databaseUrl"), STRIPE_SECRET_KEY: "sk_test_lumen_emulator", STRIPE_API_BASE: emulator.baseUrl };

    const first = startReporter(env);
    await waitFor(() => acceptedForCustomer().length >= 300);
    first.child.kill("SIGKILL");
    expect((await first.exited).signal).toBe("SIGKILL");
    const pendingAfterKill = await db.usageOutbox.count({ where: { organizationId, status: "PENDING" } });
    expect(pendingAfterKill).toBeGreaterThan(0);

    const second = startReporter(env);
    await waitFor(async () => (await db.usageOutbox.count({ where: { organizationId, status: "PENDING" } })) === 0, 50);
    second.child.kill("SIGTERM");
    expect(await second.exited).toEqual({ code: 0, signal: null });
    expect(second.output()).toContain("usage-reporter: stopped");

    const outbox = await outboxOf(organizationId);
    expect(outbox.filter((row) => row.status !== "SENT")).toEqual([]);
    expect(outbox.every((row) => row.sentAt !== null)).toBe(true);
    const accepted = acceptedForCustomer();
    expect(accepted).toHaveLength(1_000);
    expect(new Set(accepted.map((event) => event.identifier))).toEqual(new Set(outbox.map((row) => row.meterIdentifier)));
    expect(emulator.meteredUnits(customerId)).toBe(ledgerUnits);
    // The faults really happened, and resends of events Stripe already had were recognised as such.
    expect(emulator.meterEventStats.injectedFailures).toBeGreaterThan(100);
    expect(emulator.meterEventStats.duplicatesRejected).toBeGreaterThan(0);
    expect(outbox.some((row) => row.attempts > 1)).toBe(true);
  });

  it("never sends a row twice when two reporters run at once", async () => {
    const quiet = await StripeEmulator.start();
    const { organizationId, customerId } = await payingOrganization(db);
    await recordMany(organizationId, 200);
    const pending = () => db.usageOutbox.count({ where: { organizationId, status: "PENDING" } });
    const drain = async () => {
      while ((await pending()) > 0) await reportDueUsage(db, { stripe: stripeFor(quiet), batchSize: 40 });
    };
    await Promise.all([drain(), drain()]);
    expect(quiet.meterEventStats.duplicatesRejected).toBe(0);
    expect(quiet.acceptedMeterEvents.filter((event) => event.customer === customerId)).toHaveLength(200);
    await quiet.stop();
  });

  it("keeps usage of organizations without a Stripe customer in the ledger, marked not billable", async () => {
    const { organizationId } = await organization(db, "free");
    const { event } = await recordUsage(db, usageEvent(organizationId));
    await waitFor(async () => (await reportDueUsage(db, { stripe: stripeFor(emulator) })).claimed === 0);
    const row = await db.usageOutbox.findUniqueOrThrow({ where: { usageEventId: event.id } });
    expect(row).toMatchObject({ status: "NOT_BILLABLE", sentAt: null, lastError: expect.stringContaining("no Stripe customer") });
    expect(emulator.acceptedMeterEvents.some((accepted) => accepted.identifier === row.meterIdentifier)).toBe(false);
  });

  it("marks events older than 35 days FAILED with the reason instead of dropping them", async () => {
    const { organizationId } = await payingOrganization(db);
    const { event } = await recordUsage(db, usageEvent(organizationId));
    await db.usageEvent.update({ where: { id: event.id }, data: { createdAt: new Date(Date.now() - 36 * 24 * 3600 * 1000) } });
    await waitFor(async () => (await reportDueUsage(db, { stripe: stripeFor(emulator) })).claimed === 0);
    const row = await db.usageOutbox.findUniqueOrThrow({ where: { usageEventId: event.id } });
    expect(row).toMatchObject({ status: "FAILED", lastError: expect.stringContaining("35 days") });
  });
});

function stripeFor(target: StripeEmulator) {
  const url = new URL(target.baseUrl);
  return new Stripe("sk_test_lumen_emulator", { host: url.hostname, port: Number(url.port), protocol: "http", maxNetworkRetries: 0 });
}
