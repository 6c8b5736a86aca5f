import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrateDatabase } from "../../server/db/index";

export const adminDatabaseUrl = () => process.env.TEST_DATABASE_ADMIN_URL || "postgres://postgres@127.0.0.1:5432/postgres";

/** One statement on the admin connection (CREATE/DROP DATABASE cannot run inside a pool's transaction). */
export async function adminQuery(sql: string, adminUrl = adminDatabaseUrl()): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, fully migrated PostgreSQL database `<prefix>_<random>`; `drop` removes it even with open connections. */
export async function createThrowawayDatabase(prefix: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${name}`;
  const drop = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${name}"`);
  await migrateDatabase({ databaseUrl: url.toString() }).catch(async (error: unknown) => {
    await drop();
    throw error;
  });
  return { name, url: url.toString(), drop };
}
