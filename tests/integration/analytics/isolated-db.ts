import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, migrateDatabase, type Db } from "@/server/db";

const adminUrl = () => process.env.TEST_DATABASE_ADMIN_URL || "postgres://postgres@127.0.0.1:5432/postgres";

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database of its own, for platform-wide numbers that other test files running alongside would disturb. */
export async function isolatedDb(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const name = `lumen_analytics_${randomBytes(6).toString("hex")}`;
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  await migrateDatabase({ databaseUrl: url.toString() });
  const db = createDb({ databaseUrl: url.toString() });
  return {
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
