import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createCustomer, createMeter, createPrice, createProduct, listMeters, listPrices, presentPrice, retrieve, updateProduct } from "./catalog";
import {
  completeCheckoutSession,
  createCheckoutSession,
  createMeterEvent,
  createPortalSession,
  presentSession,
  updateSubscription,
  type SubscriptionChanges,
} from "./billing";
import { faultPicker, type InjectedFault, type MeterEventFaults } from "./faults";
import { parseForm, type FormObject } from "./form";
import { EmulatorState, StripeApiError, type AcceptedMeterEvent, type StripeObject } from "./state";
import { deliver, signedEvent, type SignedWebhook } from "./webhooks";

export interface StripeEmulatorOptions {
  port?: number;
  /** Signs the webhooks the emulator emits (`whsec_…`). */
  webhookSecret?: string;
  /** When set, emitted webhooks are POSTed here; they are returned to the caller either way. */
  webhookUrl?: string;
  meterEventFaults?: MeterEventFaults;
}

interface Request {
  params: string[];
  body: FormObject;
  query: FormObject;
}
type Route = [method: string, path: RegExp, handle: (request: Request) => unknown];

/** A small Stripe API on 127.0.0.1 for the real `stripe` SDK: only the endpoints Lumen calls. */
export class StripeEmulator {
  readonly state = new EmulatorState(() => this.baseUrl);
  private readonly pickFault: () => InjectedFault;
  private readonly routes: Route[];
  private server?: Server;

  private constructor(private readonly options: StripeEmulatorOptions) {
    this.pickFault = faultPicker(options.meterEventFaults);
    const s = this.state;
    const expand = (query: FormObject) => (Array.isArray(query.expand) ? (query.expand as string[]) : []);
    this.routes = [
      ["POST", /^\/v1\/customers$/, ({ body }) => createCustomer(s, body)],
      ["GET", /^\/v1\/customers\/([^/]+)$/, ({ params }) => retrieve(s.customers, "customer", params[0]!)],
      ["POST", /^\/v1\/products$/, ({ body }) => createProduct(s, body)],
      ["GET", /^\/v1\/products\/([^/]+)$/, ({ params }) => retrieve(s.products, "product", params[0]!)],
      ["POST", /^\/v1\/products\/([^/]+)$/, ({ params, body }) => updateProduct(s, params[0]!, body)],
      ["GET", /^\/v1\/prices$/, ({ query }) => listPrices(s, query)],
      ["POST", /^\/v1\/prices$/, ({ body }) => createPrice(s, body)],
      ["GET", /^\/v1\/prices\/([^/]+)$/, ({ params, query }) => presentPrice(retrieve(s.prices, "price", params[0]!), expand(query))],
      ["GET", /^\/v1\/billing\/meters$/, ({ query }) => listMeters(s, query)],
      ["POST", /^\/v1\/billing\/meters$/, ({ body }) => createMeter(s, body)],
      ["POST", /^\/v1\/billing\/meter_events$/, ({ body }) => createMeterEvent(s, body, this.pickFault())],
      ["POST", /^\/v1\/checkout\/sessions$/, ({ body }) => createCheckoutSession(s, body)],
      ["GET", /^\/v1\/checkout\/sessions\/([^/]+)$/, ({ params }) => presentSession(retrieve(s.checkoutSessions, "checkout session", params[0]!))],
      ["POST", /^\/v1\/billing_portal\/sessions$/, ({ body }) => createPortalSession(s, body)],
      ["GET", /^\/v1\/subscriptions\/([^/]+)$/, ({ params }) => retrieve(s.subscriptions, "subscription", params[0]!)],
    ];
  }

  static async start(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
    const emulator = new StripeEmulator(options);
    const server = createServer((req, res) => void emulator.handle(req, res));
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
    emulator.server = server;
    return emulator;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo | null)?.port ?? 0}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Units accepted for a customer on a meter: what Stripe would bill from. */
  meteredUnits(customerId: string, eventName = "lumen_units"): number {
    return this.acceptedMeterEvents
      .filter((event) => event.customer === customerId && event.eventName === eventName)
      .reduce((sum, event) => sum + event.value, 0);
  }

  get acceptedMeterEvents(): readonly AcceptedMeterEvent[] {
    return this.state.acceptedMeterEvents;
  }

  get meterEventStats() {
    return { ...this.state.meterEventStats };
  }

  /** Test hook: the customer pays. Returns (and delivers, when a webhook URL is set) the signed webhooks. */
  async completeCheckoutSession(sessionId: string): Promise<SignedWebhook[]> {
    return this.emit(completeCheckoutSession(this.state, sessionId));
  }

  /** Test hook: a change made in Stripe (Dashboard, portal). `created` backdates the event to replay it out of order. */
  async updateSubscription(id: string, changes: SubscriptionChanges, created?: number): Promise<SignedWebhook> {
    const [webhook] = await this.emit([updateSubscription(this.state, id, changes)], created);
    return webhook!;
  }

  /** Test hook: any event, signed with the webhook secret (e.g. `invoice.payment_failed`). */
  signEvent(type: string, object: StripeObject, created?: number): SignedWebhook {
    return signedEvent(this.state, this.webhookSecret(), type, object, created);
  }

  private async emit(events: Array<[string, StripeObject]>, created?: number): Promise<SignedWebhook[]> {
    const webhooks = events.map(([type, object]) => this.signEvent(type, object, created));
    if (this.options.webhookUrl) await deliver(this.options.webhookUrl, webhooks);
    return webhooks;
  }

  private webhookSecret(): string {
    if (!this.options.webhookSecret) throw new Error("StripeEmulator: pass webhookSecret to emit webhooks");
    return this.options.webhookSecret;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.baseUrl);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": this.state.id("req") });
      res.end(JSON.stringify(body));
    };
    try {
      if (url.pathname.startsWith("/_emulator/")) return await this.handlePage(url, res);
      const body = req.method === "POST" ? parseForm(await readBody(req)) : {};
      const idempotencyKey = req.method === "POST" ? req.headers["idempotency-key"] : undefined;
      const replayKey = typeof idempotencyKey === "string" ? `${url.pathname}\n${idempotencyKey}` : null;
      const replay = replayKey ? this.state.idempotentResponses.get(replayKey) : undefined;
      if (replay) return send(replay.status, replay.body);

      const route = this.routes.find(([method, path]) => method === req.method && path.test(url.pathname));
      if (!route) throw new StripeApiError(404, `Unrecognized request URL (${req.method}: ${url.pathname}).`);
      const params = (url.pathname.match(route[1]) ?? []).slice(1).map(decodeURIComponent);
      const result = route[2]({ params, body, query: parseForm(url.search.slice(1)) });
      if (replayKey) this.state.idempotentResponses.set(replayKey, { status: 200, body: result });
      send(200, result);
    } catch (error) {
      if (error instanceof StripeApiError) return send(error.status, error.toBody());
      send(500, { error: { type: "api_error", message: String(error) } });
    }
  }

  /** Browser pages for the offline demo: paying a Checkout session, and a stand-in portal. */
  private async handlePage(url: URL, res: ServerResponse): Promise<void> {
    const [, , kind, id = ""] = url.pathname.split("/");
    if (kind === "checkout") {
      const session = retrieve(this.state.checkoutSessions, "checkout session", id);
      await this.completeCheckoutSession(id);
      res.writeHead(303, { location: String(session.success_url) }).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html" }).end("<h1>Billing portal (Stripe emulator)</h1><p>Nothing to manage here.</p>");
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
