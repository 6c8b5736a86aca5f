// npm run db:migrate — applies pending migrations from prisma/migrations to DATABASE_URL, or to the
// embedded PGlite folder (PGLITE_DATA_DIR, default ./data/pglite) when DATABASE_URL is unset.
import { existsSync } from "node:fs";
import { databaseConfigFromEnv, describeDatabase, migrateDatabase } from "../../server/db/index";

if (existsSync(".env")) process.loadEnvFile(".env");

const target = describeDatabase(databaseConfigFromEnv());
try {
  const report = await migrateDatabase();
  for (const name of report.edited) {
    console.warn(`warning: ${name} was edited after it was applied; its new contents are not re-run.`);
  }
  for (const name of report.applied) console.log(`applied ${name}`);
  console.log(
    report.applied.length === 0
      ? `${target}: already up to date (${report.alreadyApplied.length} migrations applied).`
      : `${target}: applied ${report.applied.length} migration(s).`,
  );
} catch (error) {
  console.error(`Migrating ${target} failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
