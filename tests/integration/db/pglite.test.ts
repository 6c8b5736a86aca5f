import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, disconnectDb, migrateDatabase } from "@/server/db";
import { acquirePglite, releasePglite } from "@/server/db/pglite";
import { MIGRATIONS_DIR, migrationsList, NO_FILTERS, withEngineOnPglite } from "./prisma-engine";

const MIGRATIONS_TABLE_COLUMNS = `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
  FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`;

async function migrationFolderNames(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

describe("embedded PGlite database", () => {
  let dataDir: string;
  let names: string[];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "lumen-pglite-"));
    names = await migrationFolderNames();
    expect(names.length).toBeGreaterThan(0);
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("migrates an empty folder, stores a row, and still has it after reopening", async () => {
    const report = await migrateDatabase({ pgliteDir: dataDir });
    expect(report.applied).toEqual(names);
    expect(report.alreadyApplied).toEqual([]);

    const db = createDb({ pgliteDir: dataDir });
    await db.plan.create({ data: { id: "starter", name: "Starter", priceCents: 900, includedUnits: 1000, rateLimitPerMinute: 60 } });
    await disconnectDb(db);

    const reopened = createDb({ pgliteDir: dataDir });
    try {
      const plan = await reopened.plan.findUnique({ where: { id: "starter" } });
      expect(plan).toMatchObject({ name: "Starter", priceCents: 900, currency: "usd", active: true });
    } finally {
      await disconnectDb(reopened);
    }
  });

  it("applying again is a no-op", async () => {
    const report = await migrateDatabase({ pgliteDir: dataDir });
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toEqual(names);
    expect(report.edited).toEqual([]);
  });

  it("shares one PGlite between a client and the migration runner", async () => {
    const db = createDb({ pgliteDir: dataDir });
    try {
      await expect(migrateDatabase({ pgliteDir: dataDir })).resolves.toMatchObject({ applied: [] });
      expect(await db.plan.count()).toBe(1);
    } finally {
      await disconnectDb(db);
    }
  });

  it("records _prisma_migrations rows the way the Prisma CLI does", async () => {
    const db = createDb({ pgliteDir: dataDir });
    try {
      const rows = await db.$queryRawUnsafe<
        { id: string; migration_name: string; checksum: string; finished_at: Date | null; logs: string | null; rolled_back_at: Date | null; applied_steps_count: number; started_at: Date }[]
      >(`SELECT * FROM "_prisma_migrations" ORDER BY "started_at"`);
      expect(rows.map((row) => row.migration_name)).toEqual(names);
      for (const row of rows) {
        const script = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(row.checksum).toBe(createHash("sha256").update(script).digest("hex"));
        expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
        expect(row.applied_steps_count).toBe(1);
        expect(row.logs).toBeNull();
        expect(row.rolled_back_at).toBeNull();
      }
    } finally {
      await disconnectDb(db);
    }
  });

  it("reads as fully applied to the Prisma schema engine (what `migrate deploy` runs)", async () => {
    const pglite = acquirePglite(path.resolve(dataDir));
    try {
      const list = await migrationsList();
      const { diagnosis, applied } = await withEngineOnPglite(pglite, async (engine) => ({
        diagnosis: await engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTERS }),
        applied: await engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS }),
      }));
      expect(diagnosis).toEqual({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
      expect(applied.appliedMigrationNames).toEqual([]);
    } finally {
      await releasePglite(pglite);
    }
  });

  it("builds the same _prisma_migrations table and checksums as the schema engine", async () => {
    const ours = acquirePglite("memory://ours");
    const theirs = acquirePglite("memory://engine");
    try {
      await migrateDatabase({ pgliteDir: "memory://ours" });
      const list = await migrationsList();
      const engineRun = await withEngineOnPglite(theirs, (engine) => engine.applyMigrations({ migrationsList: list, filters: NO_FILTERS }));
      expect(engineRun.appliedMigrationNames).toEqual(names);

      const columns = async (db: typeof ours) => (await db.query(MIGRATIONS_TABLE_COLUMNS)).rows;
      expect(await columns(ours)).toEqual(await columns(theirs));
      expect((await columns(ours)).length).toBe(8);

      const bookkeeping = `SELECT migration_name, checksum, applied_steps_count, logs, rolled_back_at,
        finished_at IS NOT NULL AS finished FROM "_prisma_migrations" ORDER BY migration_name`;
      expect((await ours.query(bookkeeping)).rows).toEqual((await theirs.query(bookkeeping)).rows);
    } finally {
      await releasePglite(ours);
      await releasePglite(theirs);
    }
  });
});
