import { handleStripeWebhook } from "@/server/billing";
import { getDb } from "@/server/db";

export const runtime = "nodejs";

// The signature covers the exact bytes Stripe sent: read the raw text, never parsed-and-reserialized JSON.
export async function POST(request: Request): Promise<Response> {
  const { status, body } = await handleStripeWebhook(getDb(), await request.text(), request.headers.get("stripe-signature"));
  return Response.json(body, { status });
}
