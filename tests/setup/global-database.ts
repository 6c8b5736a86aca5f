// Vitest globalSetup: one fresh, migrated PostgreSQL database per test run, dropped afterwards.
// Test files reach it through inject("databaseUrl") (see tests/helpers/db.ts) or process.env.DATABASE_URL.
import type { TestProject } from "vitest/node";
import { createThrowawayDatabase } from "../helpers/throwaway-database";

interface SharedTestDatabase {
  database: ReturnType<typeof createThrowawayDatabase>;
  users: number;
}

// Vitest runs a globalSetup once for the root project and once per test project, loading the file anew
// each time; sharing through globalThis keeps it to one database (and one DATABASE_URL) per run.
const sharedKey = Symbol.for("lumen.tests.database");
const globalStore = globalThis as typeof globalThis & { [sharedKey]?: SharedTestDatabase };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (globalStore[sharedKey] ??= { database: createThrowawayDatabase("lumen_test"), users: 0 });
  shared.users += 1;
  const { url, drop } = await shared.database;
  project.provide("databaseUrl", url);
  process.env.DATABASE_URL = url;
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    globalStore[sharedKey] = undefined;
    await drop();
  };
}
