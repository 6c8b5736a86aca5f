// Creates Lumen's products, prices and usage meter in Stripe and stores their ids on Plan: `npm run stripe:setup`.
// Safe to run again: it finds what exists and creates only what is missing or changed.
import { loadEnv } from "./load-env";

loadEnv();

const { ensureDefaultPlans, isBillingOnline, setupStripeCatalog } = await import("../server/billing");
const { disconnectDb, getDb, migrateDatabase } = await import("../server/db");

if (!isBillingOnline()) {
  console.error("STRIPE_SECRET_KEY is not set: billing is offline, there is nothing to set up.");
  process.exit(1);
}

try {
  await migrateDatabase();
  const db = getDb();
  await ensureDefaultPlans(db);
  const report = await setupStripeCatalog(db);
  console.info(`meter ${report.meterId}${report.meterCreated ? " (created)" : ""}`);
  for (const plan of report.plans) {
    const created = plan.created.length > 0 ? `created ${plan.created.join(", ")}` : "already set up";
    console.info(`${plan.planId}: product ${plan.productId}, price ${plan.priceId}, metered price ${plan.meteredPriceId} — ${created}`);
  }
} finally {
  await disconnectDb();
}
