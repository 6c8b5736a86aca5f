// Sends the usage outbox to Stripe as meter events: `npm run usage-reporter`. Safe to run several; SIGTERM stops it cleanly.
import { loadEnv } from "../scripts/load-env";

loadEnv();

const { DEFAULT_BACKOFF, isBillingOnline, runUsageReporter } = await import("../server/billing");
const { disconnectDb, getDb } = await import("../server/db");

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

if (!isBillingOnline()) {
  console.info("usage-reporter: billing is offline (STRIPE_SECRET_KEY unset); usage stays in the ledger, nothing is sent.");
  process.exit(0);
}

const controller = new AbortController();
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    console.info(`usage-reporter: ${signal}, finishing the current pass`);
    controller.abort();
  });
}

try {
  await runUsageReporter(getDb(), {
    signal: controller.signal,
    pollMs: numberFromEnv("USAGE_REPORTER_POLL_MS", 5_000),
    batchSize: numberFromEnv("USAGE_REPORTER_BATCH_SIZE", 100),
    backoff: {
      baseMs: numberFromEnv("USAGE_REPORTER_RETRY_BASE_MS", DEFAULT_BACKOFF.baseMs),
      maxMs: numberFromEnv("USAGE_REPORTER_RETRY_MAX_MS", DEFAULT_BACKOFF.maxMs),
    },
  });
} finally {
  await disconnectDb();
}
console.info("usage-reporter: stopped");
