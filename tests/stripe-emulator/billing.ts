// Meter events, Checkout, the billing portal and subscriptions.
import { retrieve, presentPrice } from "./catalog";
import type { InjectedFault } from "./faults";
import type { FormObject, FormValue } from "./form";
import { EmulatorState, StripeApiError, list, metadataOf, nowSeconds, required, type StripeObject } from "./state";

const DAY_S = 24 * 60 * 60;
const DEDUPLICATION_WINDOW_MS = DAY_S * 1000;

export function createMeterEvent(state: EmulatorState, body: FormObject, fault: InjectedFault): StripeObject {
  const stats = state.meterEventStats;
  stats.requests += 1;
  if (fault === "rate-limited") {
    stats.injectedFailures += 1;
    throw new StripeApiError(429, "Too many requests (injected by the emulator).", "rate_limit", "invalid_request_error");
  }
  if (fault === "server-error-before") {
    stats.injectedFailures += 1;
    throw new StripeApiError(500, "An unexpected error occurred (injected by the emulator).");
  }
  const eventName = required(body, "event_name");
  const identifier = typeof body.identifier === "string" ? body.identifier : state.id("mev");
  const previous = state.meterEventsByIdentifier.get(identifier);
  if (previous && Date.now() - previous.acceptedAt < DEDUPLICATION_WINDOW_MS) {
    stats.duplicatesRejected += 1;
    throw new StripeApiError(400, `An event with identifier '${identifier}' already exists.`, "resource_already_exists");
  }
  const payload = metadataOf(body.payload);
  const customer = payload.stripe_customer_id;
  const value = Number(payload.value);
  if (!customer || !Number.isInteger(value)) throw new StripeApiError(400, "payload needs stripe_customer_id and an integer value.", "parameter_invalid_integer");
  const timestamp = typeof body.timestamp === "string" ? Number(body.timestamp) : nowSeconds();
  if (timestamp < nowSeconds() - 35 * DAY_S || timestamp > nowSeconds() + 300) {
    throw new StripeApiError(400, "timestamp must be within the past 35 days and at most 5 minutes in the future.", "parameter_invalid_integer");
  }
  const accepted = { identifier, eventName, customer, value, timestamp, acceptedAt: Date.now() };
  state.acceptedMeterEvents.push(accepted);
  state.meterEventsByIdentifier.set(identifier, accepted);
  if (fault === "server-error-after") {
    stats.injectedFailures += 1;
    throw new StripeApiError(500, "An unexpected error occurred after the event was stored (injected by the emulator).");
  }
  return { object: "billing.meter_event", created: nowSeconds(), event_name: eventName, identifier, livemode: false, payload, timestamp };
}

export function createCheckoutSession(state: EmulatorState, body: FormObject): StripeObject {
  if (body.mode !== "subscription") throw new StripeApiError(400, "The emulator supports mode=subscription only.", "parameter_invalid");
  const customer = required(body, "customer");
  retrieve(state.customers, "customer", customer);
  const lineItems = Array.isArray(body.line_items) ? (body.line_items as FormObject[]) : [];
  if (lineItems.length === 0) throw new StripeApiError(400, "line_items is required in subscription mode.", "parameter_missing");
  for (const item of lineItems) retrieve(state.prices, "price", required(item, "price"));
  const id = state.id("cs_test");
  const session = {
    id,
    object: "checkout.session",
    created: nowSeconds(),
    mode: "subscription",
    customer,
    client_reference_id: body.client_reference_id ?? null,
    metadata: metadataOf(body.metadata),
    status: "open",
    payment_status: "unpaid",
    subscription: null as string | null,
    success_url: required(body, "success_url"),
    cancel_url: body.cancel_url ?? null,
    url: `${state.baseUrl()}/_emulator/checkout/${id}`,
    line_items: lineItems as StripeObject[],
    subscription_metadata: (body.subscription_data as FormObject | undefined)?.metadata ?? {},
  };
  state.checkoutSessions.set(id, session);
  return presentSession(session);
}

export function presentSession(session: StripeObject): StripeObject {
  const { line_items: _items, subscription_metadata: _metadata, ...visible } = session;
  return visible;
}

/** Pays an open session: creates its subscription and returns the objects of the events Stripe would send. */
export function completeCheckoutSession(state: EmulatorState, sessionId: string): Array<[type: string, object: StripeObject]> {
  const session = state.checkoutSessions.get(sessionId);
  if (!session) throw new StripeApiError(404, `No such checkout session: '${sessionId}'`, "resource_missing");
  if (session.status !== "open") throw new StripeApiError(400, "This Checkout Session is not open.", "checkout_session_not_open");
  const start = nowSeconds();
  const end = start + 30 * DAY_S;
  const subscriptionId = state.id("sub");
  const subscription = {
    id: subscriptionId,
    object: "subscription",
    created: start,
    start_date: start,
    customer: session.customer,
    status: "active",
    cancel_at_period_end: false,
    canceled_at: null,
    metadata: metadataOf(session.subscription_metadata as FormValue),
    items: list(
      session.line_items.map((item) => ({
        id: state.id("si"),
        object: "subscription_item",
        subscription: subscriptionId,
        price: presentPrice(retrieve(state.prices, "price", String(item.price)), []),
        quantity: item.quantity === undefined ? undefined : Number(item.quantity),
        current_period_start: start,
        current_period_end: end,
      })),
      `/v1/subscription_items?subscription=${subscriptionId}`,
    ),
  };
  state.subscriptions.set(subscriptionId, subscription);
  Object.assign(session, { status: "complete", payment_status: "paid", subscription: subscriptionId });
  return [
    ["checkout.session.completed", presentSession(session)],
    ["customer.subscription.created", subscription],
  ];
}

export interface SubscriptionChanges {
  status?: string;
  cancel_at_period_end?: boolean;
}

/** Changes a subscription as the Dashboard or the portal would; returns the event type and object Stripe would send. */
export function updateSubscription(state: EmulatorState, id: string, changes: SubscriptionChanges): [string, StripeObject] {
  const subscription = retrieve(state.subscriptions, "subscription", id);
  Object.assign(subscription, changes);
  if (changes.status === "canceled") subscription.canceled_at = nowSeconds();
  return [changes.status === "canceled" ? "customer.subscription.deleted" : "customer.subscription.updated", subscription];
}

export function createPortalSession(state: EmulatorState, body: FormObject): StripeObject {
  const customer = required(body, "customer");
  retrieve(state.customers, "customer", customer);
  const id = state.id("bps");
  return { id, object: "billing_portal.session", created: nowSeconds(), customer, return_url: body.return_url ?? null, url: `${state.baseUrl()}/_emulator/portal/${id}` };
}
