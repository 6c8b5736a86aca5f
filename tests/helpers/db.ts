import { inject } from "vitest";
import { createDb, type Db } from "@/server/db";

let db: Db | undefined;

/** A client for this run's migrated PostgreSQL test database (one per worker). */
export function testDb(): Db {
  db ??= createDb({ databaseUrl: inject("databaseUrl") });
  return db;
}
