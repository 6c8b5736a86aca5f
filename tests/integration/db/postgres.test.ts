import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { disconnectDb, getDb, migrateDatabase } from "@/server/db";
import { readMigrations } from "@/server/db/migrations/files";
import { testDb } from "../../helpers/db";
import { MIGRATIONS_DIR, migrationsList, NO_FILTERS, withEngineOnPostgres } from "./prisma-engine";

async function query<Row extends Record<string, unknown>>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

function siblingDatabaseUrl(suffix: string): { name: string; url: string } {
  const url = new URL(inject("databaseUrl"));
  const name = `${url.pathname.slice(1)}_${suffix}`;
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

const MIGRATIONS_TABLE_COLUMNS = `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
  FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`;
const BOOKKEEPING = `SELECT migration_name, checksum, applied_steps_count, logs, rolled_back_at,
  finished_at IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name`;

describe("the PostgreSQL test database from the global setup", () => {
  it("has every migration applied and recorded", async () => {
    const migrations = await readMigrations(MIGRATIONS_DIR);
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      inject("databaseUrl"),
      `SELECT * FROM "_prisma_migrations" ORDER BY started_at`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const row of rows) {
      const script = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(script).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("is what DATABASE_URL points at, and clients can write and read", async () => {
    expect(process.env.DATABASE_URL).toBe(inject("databaseUrl"));
    const email = `pg-${Date.now()}@example.test`;
    await testDb().user.create({ data: { email, name: "Pat" } });
    const [{ db: currentDatabase } = { db: "" }] = await getDb().$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
    expect(`/${currentDatabase}`).toBe(new URL(inject("databaseUrl")).pathname);
    expect(await getDb().user.findUnique({ where: { email } })).toMatchObject({ name: "Pat", locale: "en" });
    await disconnectDb();
  });

  it("applying again is a no-op", async () => {
    const report = await migrateDatabase({ databaseUrl: inject("databaseUrl") });
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied.length).toBeGreaterThan(0);
  });
});

describe("migrating fresh PostgreSQL databases", () => {
  const ours = siblingDatabaseUrl("ours");
  const engines = siblingDatabaseUrl("engine");
  const admin = inject("databaseUrl");

  beforeAll(async () => {
    await query(admin, `CREATE DATABASE "${ours.name}"`);
    await query(admin, `CREATE DATABASE "${engines.name}"`);
  });

  afterAll(async () => {
    await query(admin, `DROP DATABASE IF EXISTS "${ours.name}" WITH (FORCE)`);
    await query(admin, `DROP DATABASE IF EXISTS "${engines.name}" WITH (FORCE)`);
  });

  it("applies each migration exactly once when several processes start together", async () => {
    const reports = await Promise.all([1, 2, 3].map(() => migrateDatabase({ databaseUrl: ours.url })));
    const names = (await readMigrations(MIGRATIONS_DIR)).map((m) => m.name);
    expect(reports.flatMap((r) => r.applied).sort()).toEqual(names);
    expect(reports.filter((r) => r.applied.length > 0)).toHaveLength(1);
    const rows = await query<{ n: number }>(ours.url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0]?.n).toBe(names.length);
  });

  it("reads as fully applied to the Prisma schema engine (what `migrate deploy` runs)", async () => {
    const list = await migrationsList();
    const { diagnosis, applied } = await withEngineOnPostgres(ours.url, async (engine) => ({
      diagnosis: await engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTERS }),
      applied: await engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS }),
    }));
    expect(diagnosis).toEqual({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
    expect(applied.appliedMigrationNames).toEqual([]);
  });

  it("leaves the same table and bookkeeping as the schema engine applying the same migrations", async () => {
    const list = await migrationsList();
    const engineRun = await withEngineOnPostgres(engines.url, (engine) => engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS }));
    expect(engineRun.appliedMigrationNames.length).toBeGreaterThan(0);
    expect(await query(ours.url, MIGRATIONS_TABLE_COLUMNS)).toEqual(await query(engines.url, MIGRATIONS_TABLE_COLUMNS));
    expect(await query(ours.url, BOOKKEEPING)).toEqual(await query(engines.url, BOOKKEEPING));
  });
});
