import Stripe from "stripe";
import type { Db, Plan } from "@/server/db";
import { meterEventName } from "../config";
import { getStripe } from "./client";

export interface CatalogPlanReport {
  planId: string;
  productId: string;
  priceId: string;
  meteredPriceId: string;
  /** What this run had to create ("product", "price", "metered price"); empty when everything existed. */
  created: string[];
}

export interface CatalogReport {
  meterId: string;
  meterCreated: boolean;
  plans: CatalogPlanReport[];
}

export const productIdFor = (planId: string) => `lumen_plan_${planId}`;
export const priceLookupKey = (planId: string) => `lumen_${planId}_monthly`;
export const meteredPriceLookupKey = (planId: string) => `lumen_${planId}_units`;

/**
 * Creates what billing needs in Stripe — the usage meter, and a product, a flat monthly price and a metered price per
 * paid plan — and stores the ids on Plan. Idempotent: products have fixed ids, prices are found by lookup key and
 * replaced (moving the lookup key) only when the plan's amounts changed; the meter is found by its event name.
 */
export async function setupStripeCatalog(db: Db, stripe: Stripe = getStripe()): Promise<CatalogReport> {
  const { meter, created: meterCreated } = await ensureMeter(stripe);
  const plans = await db.plan.findMany({ where: { active: true, priceCents: { gt: 0 } }, orderBy: { sortOrder: "asc" } });
  const reports: CatalogPlanReport[] = [];
  for (const plan of plans) {
    const created: string[] = [];
    const productId = await ensureProduct(stripe, plan, created);
    const price = await ensurePrice(stripe, priceLookupKey(plan.id), flatPriceMatches(plan, productId), flatPriceParams(plan, productId), created, "price");
    const metered = await ensurePrice(
      stripe,
      meteredPriceLookupKey(plan.id),
      meteredPriceMatches(plan, productId, meter.id),
      meteredPriceParams(plan, productId, meter.id),
      created,
      "metered price",
    );
    const ids = { stripeProductId: productId, stripePriceId: price.id, stripeMeteredPriceId: metered.id };
    if (Object.entries(ids).some(([key, id]) => plan[key as keyof typeof ids] !== id)) await db.plan.update({ where: { id: plan.id }, data: ids });
    reports.push({ planId: plan.id, productId, priceId: price.id, meteredPriceId: metered.id, created });
  }
  return { meterId: meter.id, meterCreated, plans: reports };
}

async function ensureMeter(stripe: Stripe) {
  const eventName = meterEventName();
  for await (const meter of stripe.billing.meters.list({ status: "active", limit: 100 })) {
    if (meter.event_name === eventName) return { meter, created: false };
  }
  const meter = await stripe.billing.meters.create({
    display_name: "Lumen units",
    event_name: eventName,
    default_aggregation: { formula: "sum" },
    customer_mapping: { type: "by_id", event_payload_key: "stripe_customer_id" },
    value_settings: { event_payload_key: "value" },
  });
  return { meter, created: true };
}

async function ensureProduct(stripe: Stripe, plan: Plan, created: string[]): Promise<string> {
  const id = productIdFor(plan.id);
  const existing = await stripe.products.retrieve(id).catch((error: { statusCode?: number }) => {
    if (error.statusCode === 404) return null;
    throw error;
  });
  if (!existing) {
    created.push("product");
    await stripe.products.create({ id, name: `Lumen ${plan.name}`, metadata: { lumenPlanId: plan.id } });
  } else if (existing.name !== `Lumen ${plan.name}`) {
    await stripe.products.update(id, { name: `Lumen ${plan.name}` });
  }
  return id;
}

async function ensurePrice(
  stripe: Stripe,
  lookupKey: string,
  matches: (price: Stripe.Price) => boolean,
  params: Stripe.PriceCreateParams,
  created: string[],
  label: string,
): Promise<Stripe.Price> {
  const { data } = await stripe.prices.list({ lookup_keys: [lookupKey], active: true, expand: ["data.tiers"] });
  const current = data.find(matches);
  if (current) return current;
  created.push(label);
  return stripe.prices.create({ ...params, lookup_key: lookupKey, transfer_lookup_key: data.length > 0 });
}

const flatPriceParams = (plan: Plan, product: string): Stripe.PriceCreateParams => ({
  product,
  currency: plan.currency,
  unit_amount: plan.priceCents,
  recurring: { interval: "month" },
  metadata: { lumenPlanId: plan.id },
});

const flatPriceMatches = (plan: Plan, product: string) => (price: Stripe.Price) =>
  price.product === product && price.currency === plan.currency && price.unit_amount === plan.priceCents && price.recurring?.interval === "month";

/** Cents per unit (overage is stored per 1,000 units). */
const overagePerUnit = (plan: Plan) => Stripe.Decimal.from(String(plan.overageCentsPer1000Units / 1000));

/** Graduated tiers: the included units free, every unit after at the overage price. */
function meteredPriceParams(plan: Plan, product: string, meter: string): Stripe.PriceCreateParams {
  const base = { product, currency: plan.currency, recurring: { interval: "month", usage_type: "metered", meter }, metadata: { lumenPlanId: plan.id } } as const;
  if (plan.includedUnits === 0) return { ...base, unit_amount_decimal: overagePerUnit(plan) };
  return {
    ...base,
    billing_scheme: "tiered",
    tiers_mode: "graduated",
    tiers: [
      { up_to: plan.includedUnits, unit_amount: 0 },
      { up_to: "inf", unit_amount_decimal: overagePerUnit(plan) },
    ],
  };
}

const meteredPriceMatches = (plan: Plan, product: string, meter: string) => (price: Stripe.Price) => {
  if (price.product !== product || price.currency !== plan.currency || price.recurring?.meter !== meter) return false;
  const perUnit = Number(overagePerUnit(plan));
  if (plan.includedUnits === 0) return price.billing_scheme === "per_unit" && Number(price.unit_amount_decimal) === perUnit;
  const [included, overage, ...rest] = price.tiers ?? [];
  return (
    rest.length === 0 &&
    included?.up_to === plan.includedUnits &&
    Number(included.unit_amount_decimal ?? included.unit_amount) === 0 &&
    overage?.up_to === null &&
    Number(overage.unit_amount_decimal ?? overage.unit_amount) === perUnit
  );
};
