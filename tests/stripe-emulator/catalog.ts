// Customers, products, prices and billing meters: what scripts/stripe-setup.ts and checkout call.
import type { FormObject, FormValue } from "./form";
import { EmulatorState, StripeApiError, list, metadataOf, notFound, nowSeconds, required, type StripeObject } from "./state";

export function createCustomer(state: EmulatorState, body: FormObject): StripeObject {
  const customer = { id: state.id("cus"), object: "customer", created: nowSeconds(), name: body.name ?? null, email: body.email ?? null, metadata: metadataOf(body.metadata) };
  state.customers.set(customer.id, customer);
  return customer;
}

export function retrieve(map: Map<string, StripeObject>, what: string, id: string): StripeObject {
  const found = map.get(id);
  if (!found) throw notFound(what, id);
  return found;
}

export function createProduct(state: EmulatorState, body: FormObject): StripeObject {
  const id = typeof body.id === "string" ? body.id : state.id("prod");
  if (state.products.has(id)) throw new StripeApiError(400, `Product already exists.`, "resource_already_exists");
  const product = { id, object: "product", active: true, created: nowSeconds(), name: required(body, "name"), metadata: metadataOf(body.metadata) };
  state.products.set(id, product);
  return product;
}

export function updateProduct(state: EmulatorState, id: string, body: FormObject): StripeObject {
  const product = retrieve(state.products, "product", id);
  if (typeof body.name === "string") product.name = body.name;
  if (body.metadata) product.metadata = { ...metadataOf(product.metadata as FormValue), ...metadataOf(body.metadata) };
  return product;
}

export function createPrice(state: EmulatorState, body: FormObject): StripeObject {
  const product = required(body, "product");
  retrieve(state.products, "product", product);
  const lookupKey = typeof body.lookup_key === "string" ? body.lookup_key : null;
  if (lookupKey) {
    const holder = [...state.prices.values()].find((price) => price.lookup_key === lookupKey);
    if (holder && body.transfer_lookup_key !== "true") {
      throw new StripeApiError(400, `A price (${String(holder.id)}) already uses that lookup key.`, "lookup_key_exists");
    }
    if (holder) holder.lookup_key = null;
  }
  const recurring = body.recurring as FormObject | undefined;
  const price = {
    id: state.id("price"),
    object: "price",
    active: true,
    created: nowSeconds(),
    product,
    currency: required(body, "currency"),
    lookup_key: lookupKey,
    unit_amount: typeof body.unit_amount === "string" ? Number(body.unit_amount) : null,
    billing_scheme: body.billing_scheme ?? "per_unit",
    tiers_mode: body.tiers_mode ?? null,
    tiers: tiersOf(body.tiers),
    recurring: recurring
      ? { interval: recurring.interval, interval_count: 1, usage_type: recurring.usage_type ?? "licensed", meter: recurring.meter ?? null }
      : null,
    type: recurring ? "recurring" : "one_time",
    metadata: metadataOf(body.metadata),
  };
  state.prices.set(price.id, price);
  return price;
}

function tiersOf(value: FormValue | undefined) {
  if (!Array.isArray(value)) return null;
  return value.map((tier) => {
    const t = tier as FormObject;
    const decimal = typeof t.unit_amount_decimal === "string" ? t.unit_amount_decimal : typeof t.unit_amount === "string" ? t.unit_amount : null;
    return {
      up_to: t.up_to === "inf" || t.up_to === undefined ? null : Number(t.up_to),
      unit_amount: decimal !== null && Number.isInteger(Number(decimal)) ? Number(decimal) : null,
      unit_amount_decimal: decimal,
      flat_amount: null,
      flat_amount_decimal: null,
    };
  });
}

/** Like Stripe, `tiers` is an includable field: present only when expanded. */
export function presentPrice(price: StripeObject, expand: string[], prefix = ""): StripeObject {
  if (expand.includes(`${prefix}tiers`)) return price;
  const { tiers: _omitted, ...rest } = price;
  return rest;
}

export function listPrices(state: EmulatorState, query: FormObject): StripeObject {
  const lookupKeys = Array.isArray(query.lookup_keys) ? (query.lookup_keys as string[]) : null;
  const expand = Array.isArray(query.expand) ? (query.expand as string[]) : [];
  const prices = [...state.prices.values()].filter(
    (price) =>
      (!lookupKeys || lookupKeys.includes(String(price.lookup_key))) &&
      (query.active === undefined || String(price.active) === query.active) &&
      (query.product === undefined || price.product === query.product),
  );
  return list(prices.map((price) => presentPrice(price, expand, "data.")), "/v1/prices");
}

export function createMeter(state: EmulatorState, body: FormObject): StripeObject {
  const eventName = required(body, "event_name");
  if ([...state.meters.values()].some((meter) => meter.event_name === eventName && meter.status === "active")) {
    throw new StripeApiError(400, `An active meter with event_name '${eventName}' already exists.`, "resource_already_exists");
  }
  const meter = {
    id: state.id("mtr"),
    object: "billing.meter",
    created: nowSeconds(),
    display_name: required(body, "display_name"),
    event_name: eventName,
    status: "active",
    default_aggregation: body.default_aggregation ?? { formula: "sum" },
    customer_mapping: body.customer_mapping ?? { type: "by_id", event_payload_key: "stripe_customer_id" },
    value_settings: body.value_settings ?? { event_payload_key: "value" },
  };
  state.meters.set(meter.id, meter);
  return meter;
}

export function listMeters(state: EmulatorState, query: FormObject): StripeObject {
  const meters = [...state.meters.values()].filter((meter) => query.status === undefined || meter.status === query.status);
  return list(meters, "/v1/billing/meters");
}
