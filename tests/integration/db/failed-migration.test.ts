import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateDatabase, MigrationError, type DatabaseOptions } from "@/server/db";

const MIGRATIONS = {
  "20240101000000_first": `CREATE TABLE "first" ("id" INTEGER);\n`,
  "20240102000000_broken": `CREATE TABLE "second" ("id" INTEGER);\nINSERT INTO "does_not_exist" VALUES (1);\n`,
  "20240103000000_third": `CREATE TABLE "third" ("id" INTEGER);\n`,
};

interface Backend {
  name: string;
  setUp(): Promise<{ options: DatabaseOptions; query: (sql: string) => Promise<Record<string, unknown>[]>; tearDown(): Promise<void> }>;
}

const pgliteBackend: Backend = {
  name: "PGlite",
  async setUp() {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "lumen-pglite-failed-"));
    return {
      options: { pgliteDir: dataDir },
      // Each check opens the folder afresh, which also proves the failure record was persisted.
      query: async (sql) => {
        const pglite = new PGlite(dataDir);
        try {
          return (await pglite.query<Record<string, unknown>>(sql)).rows;
        } finally {
          await pglite.close();
        }
      },
      tearDown: () => rm(dataDir, { recursive: true, force: true }),
    };
  },
};

const postgresBackend: Backend = {
  name: "PostgreSQL",
  async setUp() {
    const adminUrl = new URL(inject("databaseUrl"));
    const name = `${adminUrl.pathname.slice(1)}_failed`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: adminUrl.toString() });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      options: { databaseUrl: url.toString() },
      query: async (sql) => {
        const client = new pg.Client({ connectionString: url.toString() });
        await client.connect();
        try {
          return (await client.query(sql)).rows;
        } finally {
          await client.end();
        }
      },
      tearDown: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  },
};

describe.each([pgliteBackend, postgresBackend])("a migration that fails on $name", (backend) => {
  let migrationsDir: string;
  let target: Awaited<ReturnType<Backend["setUp"]>>;

  beforeAll(async () => {
    migrationsDir = await mkdtemp(path.join(os.tmpdir(), "lumen-migrations-"));
    for (const [name, script] of Object.entries(MIGRATIONS)) {
      await mkdir(path.join(migrationsDir, name));
      await writeFile(path.join(migrationsDir, name, "migration.sql"), script);
    }
    target = await backend.setUp();
  });

  afterAll(async () => {
    await target?.tearDown();
    await rm(migrationsDir, { recursive: true, force: true });
  });

  const tableExists = async (table: string) =>
    (await target.query(`SELECT to_regclass('"${table}"') IS NOT NULL AS "exists"`))[0]?.exists;

  it("is reported, recorded as failed, and stops the later migrations", async () => {
    const error = await migrateDatabase({ ...target.options, migrationsDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect(error).toMatchObject({ code: "P3018", migrationName: "20240102000000_broken" });
    expect((error as Error).message).toContain('relation "does_not_exist" does not exist');

    const rows = await target.query(
      `SELECT migration_name, finished_at, logs, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(["20240101000000_first", "20240102000000_broken"]);
    expect(rows[0]).toMatchObject({ logs: null, applied_steps_count: 1 });
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
    expect(rows[1]).toMatchObject({ finished_at: null, applied_steps_count: 0 });
    expect(rows[1]?.logs).toContain("20240102000000_broken");
    expect(rows[1]?.logs).toContain('relation "does_not_exist" does not exist');

    expect(await tableExists("first")).toBe(true);
    // The script runs as one implicit transaction, as with Prisma: its first statement is undone too.
    expect(await tableExists("second")).toBe(false);
    expect(await tableExists("third")).toBe(false);
  });

  it("blocks further runs until the failure is resolved", async () => {
    await expect(migrateDatabase({ ...target.options, migrationsDir })).rejects.toMatchObject({
      code: "P3009",
      migrationName: "20240102000000_broken",
    });
    expect(await tableExists("third")).toBe(false);
  });

  it("applies the fixed migration and the rest once the failure is marked rolled back", async () => {
    await target.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '20240102000000_broken'`);
    await writeFile(path.join(migrationsDir, "20240102000000_broken", "migration.sql"), `CREATE TABLE "second" ("id" INTEGER);\n`);

    const report = await migrateDatabase({ ...target.options, migrationsDir });
    expect(report.applied).toEqual(["20240102000000_broken", "20240103000000_third"]);
    expect(await tableExists("third")).toBe(true);
    const rows = await target.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    expect(rows[0]?.n).toBe(3);
  });
});
