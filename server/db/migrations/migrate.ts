import pg from "pg";
import { resolveDatabaseConfig, type DatabaseConfig, type DatabaseOptions } from "../config";
import { acquirePglite, releasePglite } from "../pglite";
import { applyMigrations, type ApplyReport } from "./apply";
import { MigrationError } from "./errors";
import { defaultMigrationsDir, lockedProvider, MIGRATION_PROVIDER, readMigrationLock, readMigrations } from "./files";
import { pgliteSession, pgSession } from "./sql-session";

export interface MigrateOptions extends DatabaseOptions {
  /** Defaults to ./prisma/migrations. */
  migrationsDir?: string;
}

// The key the Prisma schema engine locks on PostgreSQL, so this runner and `prisma migrate deploy`
// also exclude each other.
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const pgliteQueues = new Map<string, Promise<unknown>>();

/**
 * Applies pending migrations to the configured database (explicit options, else the environment).
 * Idempotent; safe to call at every start. On PostgreSQL concurrent callers serialize on an advisory
 * lock; on PGlite calls within the process are queued per data folder.
 */
export async function migrateDatabase(options: MigrateOptions = {}): Promise<ApplyReport> {
  const config = resolveDatabaseConfig(options);
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const provider = lockedProvider(await readMigrationLock(migrationsDir));
  if (provider !== null && provider !== MIGRATION_PROVIDER) {
    throw new MigrationError("P3019", `${migrationsDir}/migration_lock.toml is for "${provider}", not "${MIGRATION_PROVIDER}".`);
  }
  const migrations = await readMigrations(migrationsDir);
  return config.kind === "postgres"
    ? migratePostgres(config.url, (session) => applyMigrations(session, migrations))
    : migratePglite(config, (session) => applyMigrations(session, migrations));
}

async function migratePostgres<T>(url: string, work: (session: ReturnType<typeof pgSession>) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      return await work(pgSession(client));
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function migratePglite<T>(
  config: Extract<DatabaseConfig, { kind: "pglite" }>,
  work: (session: ReturnType<typeof pgliteSession>) => Promise<T>,
): Promise<T> {
  const previous = pgliteQueues.get(config.dataDir) ?? Promise.resolve();
  const run = previous.catch(() => {}).then(async () => {
    const pglite = acquirePglite(config.dataDir);
    try {
      return await work(pgliteSession(pglite));
    } finally {
      await releasePglite(pglite);
    }
  });
  pgliteQueues.set(config.dataDir, run);
  try {
    return await run;
  } finally {
    if (pgliteQueues.get(config.dataDir) === run) pgliteQueues.delete(config.dataDir);
  }
}
