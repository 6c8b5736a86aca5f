import { randomUUID } from "node:crypto";
import { MigrationError } from "./errors";
import type { MigrationFile } from "./files";
import { describeDatabaseError, type SqlSession } from "./sql-session";

// The table the Prisma schema engine creates on PostgreSQL (same columns, types and defaults), so
// `prisma migrate deploy` and `prisma migrate status` read this bookkeeping as their own.
const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

interface MigrationRow extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface ApplyReport {
  /** Migrations applied by this call, in order. */
  applied: string[];
  /** Migrations that were already applied before this call. */
  alreadyApplied: string[];
  /** Applied migrations whose migration.sql changed since (Prisma warns about these too). */
  edited: string[];
}

/**
 * Applies the migrations not yet recorded in `_prisma_migrations`, following the schema engine's
 * `applyMigrations`: refuse while a failed migration is unresolved, record each migration as started,
 * run its script, then count its step and mark it finished — or store the error in `logs` and stop.
 * The caller holds whatever lock keeps other runners out.
 */
export async function applyMigrations(session: SqlSession, migrations: MigrationFile[]): Promise<ApplyReport> {
  await ensureMigrationsTable(session);
  const rows = await session.query<MigrationRow>(
    `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations" ORDER BY "started_at"`,
  );
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      "P3009",
      `Migration ${failed.migration_name} failed earlier and is still marked as failed, so no new migrations are applied. ` +
        `Fix the database by hand, then mark it rolled back (UPDATE "_prisma_migrations" SET "rolled_back_at" = now() ` +
        `WHERE "migration_name" = '${failed.migration_name}' AND "finished_at" IS NULL) and run the migrations again.`,
      failed.migration_name,
    );
  }

  const appliedChecksums = new Map(
    rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row.checksum]),
  );
  const report: ApplyReport = { applied: [], alreadyApplied: [], edited: [] };
  for (const migration of migrations) {
    const appliedChecksum = appliedChecksums.get(migration.name);
    if (appliedChecksum === undefined) {
      await applyOne(session, migration);
      report.applied.push(migration.name);
    } else {
      report.alreadyApplied.push(migration.name);
      if (appliedChecksum !== migration.checksum) report.edited.push(migration.name);
    }
  }
  return report;
}

async function ensureMigrationsTable(session: SqlSession): Promise<void> {
  const [{ exists } = { exists: false }] = await session.query<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`,
  );
  if (exists) return;
  const [{ count } = { count: 0 }] = await session.query<{ count: number }>(
    `SELECT count(*)::int AS "count" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')`,
  );
  if (count > 0) {
    throw new MigrationError(
      "P3005",
      "The database schema is not empty but has no _prisma_migrations table; it was not created by these migrations. " +
        "Baseline it (record the migrations it already contains as applied) before migrating.",
    );
  }
  await session.executeScript(MIGRATIONS_TABLE_DDL);
}

async function applyOne(session: SqlSession, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await session.query(
    `INSERT INTO "_prisma_migrations" ("id", "checksum", "started_at", "migration_name") VALUES ($1, $2, now(), $3)`,
    [id, migration.checksum, migration.name],
  );
  try {
    await session.executeScript(migration.script);
  } catch (error) {
    const logs = failureLogs(migration.name, error);
    await session.query(`UPDATE "_prisma_migrations" SET "logs" = $2 WHERE "id" = $1`, [id, logs]);
    throw new MigrationError("P3018", `Migration ${migration.name} failed to apply.\n\n${logs}`, migration.name, {
      cause: error,
    });
  }
  await session.query(
    `UPDATE "_prisma_migrations" SET "applied_steps_count" = "applied_steps_count" + 1 WHERE "id" = $1`,
    [id],
  );
  await session.query(`UPDATE "_prisma_migrations" SET "finished_at" = now() WHERE "id" = $1`, [id]);
}

function failureLogs(migrationName: string, error: unknown): string {
  const { code, message, detail, position } = describeDatabaseError(error);
  return [
    `Migration name: ${migrationName}`,
    code && `Database error code: ${code}`,
    `Database error:\nERROR: ${message}`,
    detail && `DETAIL: ${detail}`,
    position && `Position: ${position}`,
  ]
    .filter(Boolean)
    .join("\n\n");
}
