// Test-side access to the Prisma schema engine (the code behind `prisma migrate deploy/status`), used to
// check that our bookkeeping reads to Prisma exactly like its own.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { MIGRATION_LOCK_CONTENT, MIGRATION_SCRIPT, readMigrations } from "@/server/db/migrations/files";
import { PgliteMigrationAdapterFactory } from "@/server/db/migrations/pglite-migration-adapter";
import { withSchemaEngine, type SchemaEngine } from "@/server/db/migrations/schema-engine";

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

export async function migrationsList(migrationsDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const migrations = await readMigrations(migrationsDir);
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: MIGRATION_LOCK_CONTENT },
    shadowDbInitScript: "",
    migrationDirectories: migrations.map((migration) => ({
      path: migration.name,
      migrationFile: { path: MIGRATION_SCRIPT, content: { tag: "ok", value: migration.script } },
    })),
  };
}

async function schemaFile() {
  return { path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, "utf8") };
}

export async function withEngineOnPglite<T>(pglite: PGlite, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const adapterFactory = new PgliteMigrationAdapterFactory(pglite);
  try {
    return await withSchemaEngine({ schema: await schemaFile(), adapterFactory }, work);
  } finally {
    await adapterFactory.closeShadows();
  }
}

// @prisma/adapter-pg 7.10 rejects catalog columns of type "char" (OID 18), which the engine reads;
// they are plain one-letter strings, so report them as text.
class CharAsTextPool extends pg.Pool {
  override query(...args: unknown[]): never {
    const result = (pg.Pool.prototype.query as (...a: unknown[]) => Promise<pg.QueryResult>).apply(this, args);
    return result.then((res) => {
      for (const field of res.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return res;
    }) as never;
  }
}

export async function withEngineOnPostgres<T>(databaseUrl: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const url = new URL(databaseUrl);
  const pool = new CharAsTextPool({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: url.pathname.slice(1),
  });
  try {
    return await withSchemaEngine({ schema: await schemaFile(), adapterFactory: new PrismaPg(pool) }, work);
  } finally {
    await pool.end();
  }
}
