// Demo data: default plans, a platform admin with a personal workspace, and a demo company with an agent.
// Idempotent: run it as often as you like.
import { loadEnv } from "../scripts/load-env";

loadEnv();

const { setPlatformAdmin } = await import("../server/admin");
const { signUp } = await import("../server/auth");
const { ensureDefaultPlans } = await import("../server/billing");
const { disconnectDb, getDb, migrateDatabase } = await import("../server/db");
const { createOrganizationIn } = await import("../server/orgs");
const { seedDemoKnowledge } = await import("./seed-knowledge");
const { seedDemoConversations } = await import("./seed-chat");
const { seedDemoUsage } = await import("./seed-usage");

export const DEMO_PASSWORD = process.env.SEED_DEMO_PASSWORD ?? "lumen-demo-2026";
const ADMIN = { name: "Ada Admin", email: "admin@lumen.test" };
const AGENT = { name: "Ben Agent", email: "agent@lumen.test" };
const DEMO_ORG = "Acme Support";

async function ensureUser(db: ReturnType<typeof getDb>, person: { name: string; email: string }) {
  const existing = await db.user.findUnique({ where: { email: person.email } });
  if (existing) return existing.id;
  const { user } = await signUp(db, { ...person, password: DEMO_PASSWORD });
  return user.id;
}

async function main() {
  await migrateDatabase();
  const db = getDb();
  await ensureDefaultPlans(db);
  const adminId = await ensureUser(db, ADMIN);
  const agentId = await ensureUser(db, AGENT);
  await setPlatformAdmin(db, ADMIN.email, true);

  const existing = await db.organization.findFirst({ where: { name: DEMO_ORG, memberships: { some: { userId: adminId, role: "OWNER" } } } });
  const demo =
    existing ??
    (await db.$transaction(async (tx) => {
      const org = await createOrganizationIn(tx, adminId, { name: DEMO_ORG });
      await tx.membership.create({ data: { organizationId: org.id, userId: agentId, role: "MEMBER" } });
      return org;
    }));
  // The demo company is on Pro (billing offline: nothing is charged) so its 30 days of demo usage fit the plan.
  await db.subscription.upsert({
    where: { organizationId: demo.id },
    create: { organizationId: demo.id, planId: "pro", status: "ACTIVE" },
    update: {},
  });
  await seedDemoKnowledge(db, demo.id);
  await seedDemoConversations(db, demo.id);
  await seedDemoUsage(db, demo.id);
  console.info(
    [
      "",
      "Demo data is ready. Sign in with:",
      `  platform admin: ${ADMIN.email} / ${DEMO_PASSWORD}`,
      `  agent:          ${AGENT.email} / ${DEMO_PASSWORD}`,
      `Customer chat for the demo company: /chat/${demo.slug}`,
      "",
    ].join("\n"),
  );
}

try {
  await main();
} finally {
  // Indexing the demo knowledge started inference workers; they would keep this script alive.
  await (await import("../server/inference")).getInference().close();
  await disconnectDb();
}
