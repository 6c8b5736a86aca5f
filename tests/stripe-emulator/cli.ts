// The emulator for a local demo of paid plans without Stripe: `tsx tests/stripe-emulator/cli.ts`, then run the app with
// STRIPE_SECRET_KEY=sk_test_local STRIPE_API_BASE=http://127.0.0.1:12111 STRIPE_WEBHOOK_SECRET=<same secret>.
import { StripeEmulator } from "./server";

const port = Number(process.env.STRIPE_EMULATOR_PORT ?? 12111);
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_local_demo";
const webhookUrl = process.env.STRIPE_EMULATOR_WEBHOOK_URL ?? "http://127.0.0.1:3000/api/stripe/webhook";

const emulator = await StripeEmulator.start({ port, webhookSecret, webhookUrl });
console.info(`Stripe emulator on ${emulator.baseUrl}; webhooks signed with ${webhookSecret} go to ${webhookUrl}`);
process.once("SIGINT", () => void emulator.stop().then(() => process.exit(0)));
process.once("SIGTERM", () => void emulator.stop().then(() => process.exit(0)));
