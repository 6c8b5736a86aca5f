import Stripe from "stripe";
import { billingOfflineError } from "../config";

export interface StripeClientOptions {
  /** The SDK's own retries; the usage reporter keeps its retries in the database and passes 0. */
  maxNetworkRetries?: number;
}

const clients = new Map<string, Stripe>();

/** The Stripe client for STRIPE_SECRET_KEY, sent to STRIPE_API_BASE when set (a local emulator). */
export function getStripe(options: StripeClientOptions = {}): Stripe {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) throw billingOfflineError("calling Stripe");
  const base = process.env.STRIPE_API_BASE ?? "";
  const maxNetworkRetries = options.maxNetworkRetries ?? 2;
  const cacheKey = `${key}\n${base}\n${maxNetworkRetries}`;
  let client = clients.get(cacheKey);
  if (!client) {
    client = new Stripe(key, { maxNetworkRetries, ...(base ? hostConfig(base) : {}) });
    clients.set(cacheKey, client);
  }
  return client;
}

function hostConfig(base: string) {
  const url = new URL(base);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return { host: url.hostname, port: Number(url.port || (protocol === "http" ? 80 : 443)), protocol } as const;
}
