import { currentPeriod, estimateCost, getStripe, isBillingOnline, loadBillingState } from "@/server/billing";
import type { DbClient } from "@/server/db";

export interface InvoiceRow {
  id: string;
  periodStart: Date;
  periodEnd: Date;
  /** Units in the period (ledger rows only; Stripe invoices carry amounts). */
  units: number | null;
  amountCents: number;
  currency: string;
  /** Stripe's invoice status, or "estimate" for a ledger row. */
  status: string;
  url: string | null;
}

export interface Invoices {
  source: "stripe" | "ledger";
  billingOnline: boolean;
  /** Stripe was asked and failed; the rows are the ledger's. */
  stripeUnavailable: boolean;
  rows: InvoiceRow[];
}

const LEDGER_MONTHS = 12;

/** Stripe's invoices when billing is online and the organization is a customer; otherwise one estimate per past month. */
export async function listInvoices(db: DbClient, organizationId: string, now = new Date()): Promise<Invoices> {
  const state = await loadBillingState(db, organizationId);
  const customer = state.subscription?.stripeCustomerId;
  const billingOnline = isBillingOnline();
  if (billingOnline && customer) {
    try {
      return { source: "stripe", billingOnline, stripeUnavailable: false, rows: await stripeInvoices(customer) };
    } catch (error) {
      console.error("[analytics] Stripe invoices unavailable:", error);
      return { source: "ledger", billingOnline, stripeUnavailable: true, rows: await ledgerInvoices(db, organizationId, now) };
    }
  }
  return { source: "ledger", billingOnline, stripeUnavailable: false, rows: await ledgerInvoices(db, organizationId, now) };
}

async function stripeInvoices(customer: string): Promise<InvoiceRow[]> {
  const list = await getStripe().invoices.list({ customer, limit: LEDGER_MONTHS });
  return list.data.map((invoice) => ({
    id: invoice.number ?? invoice.id ?? "",
    periodStart: new Date(invoice.period_start * 1000),
    periodEnd: new Date(invoice.period_end * 1000),
    units: null,
    amountCents: invoice.amount_due,
    currency: invoice.currency,
    status: invoice.status ?? "draft",
    url: invoice.hosted_invoice_url ?? null,
  }));
}

/** Past UTC calendar months before the current period, priced with the plan in force now (an estimate). */
async function ledgerInvoices(db: DbClient, organizationId: string, now: Date): Promise<InvoiceRow[]> {
  const { plan, subscription } = await loadBillingState(db, organizationId);
  const { start } = currentPeriod(subscription, now);
  const rows = await db.$queryRaw<{ month: Date; units: bigint }[]>`
    SELECT date_trunc('month', "createdAt") AS month, SUM(units)::bigint AS units
    FROM "UsageEvent"
    WHERE "organizationId" = ${organizationId} AND "createdAt" < ${start}
    GROUP BY 1
    ORDER BY 1 DESC
    LIMIT ${LEDGER_MONTHS}`;
  return rows.map(({ month, units }) => {
    const periodStart = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1));
    const periodEnd = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    const cost = estimateCost(plan, Number(units));
    return {
      id: periodStart.toISOString().slice(0, 7),
      periodStart,
      periodEnd,
      units: Number(units),
      amountCents: cost.totalCents,
      currency: cost.currency,
      status: "estimate",
      url: null,
    };
  });
}
