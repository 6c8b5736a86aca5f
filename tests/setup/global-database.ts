// Vitest globalSetup: one fresh, migrated PostgreSQL database per test run, dropped afterwards.
// Test files reach it through inject("databaseUrl") (see tests/helpers/db.ts) or process.env.DATABASE_URL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../server/db/index";

const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

interface SharedTestDatabase {
  url: Promise<string>;
  users: number;
  drop: () => Promise<void>;
}

// Vitest runs a globalSetup once for the root project and once per test project, loading the file anew
// each time; sharing through globalThis keeps it to one database (and one DATABASE_URL) per run.
const sharedKey = Symbol.for("lumen.tests.database");
const globalStore = globalThis as typeof globalThis & { [sharedKey]?: SharedTestDatabase };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (globalStore[sharedKey] ??= createSharedDatabase());
  shared.users += 1;
  const url = await shared.url;
  project.provide("databaseUrl", url);
  process.env.DATABASE_URL = url;
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    globalStore[sharedKey] = undefined;
    await shared.drop();
  };
}

function createSharedDatabase(): SharedTestDatabase {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL || DEFAULT_ADMIN_URL;
  const name = `lumen_test_${randomBytes(6).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const drop = () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  return {
    users: 0,
    url: (async () => {
      await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
      await migrateDatabase({ databaseUrl }).catch(async (error: unknown) => {
        await drop();
        throw error;
      });
      return databaseUrl;
    })(),
    drop,
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
