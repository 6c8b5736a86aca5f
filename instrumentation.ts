// Runs once when the Next server starts: bring the database schema up to date before serving.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { migrateDatabase, databaseConfigFromEnv, describeDatabase } = await import("@/server/db");
  const report = await migrateDatabase();
  const applied = report.applied.length;
  console.info(`[db] ${describeDatabase(databaseConfigFromEnv())}: ${applied ? `applied ${applied} migration(s)` : "schema up to date"}`);
}
