import path from "node:path";

/** Which database a process talks to: a PostgreSQL server, or an embedded PGlite data folder. */
export type DatabaseConfig = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export interface DatabaseOptions {
  /** A postgres:// URL. Wins over `pgliteDir`. */
  databaseUrl?: string;
  /** A PGlite data folder (relative to the working directory), or `memory://` for a throwaway database. */
  pgliteDir?: string;
}

export const DEFAULT_PGLITE_DIR = "./data/pglite";

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite under PGLITE_DATA_DIR (default ./data/pglite). */
export function databaseConfigFromEnv(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  return resolveDatabaseConfig({
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDir: env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DIR,
  });
}

/** Explicit options win; with neither given, the environment decides. */
export function resolveDatabaseConfig(options: DatabaseOptions = {}): DatabaseConfig {
  if (options.databaseUrl) return { kind: "postgres", url: options.databaseUrl };
  if (options.pgliteDir) return { kind: "pglite", dataDir: normalizePgliteDir(options.pgliteDir) };
  return databaseConfigFromEnv();
}

export function isInMemoryPglite(dataDir: string): boolean {
  return dataDir.startsWith("memory://");
}

function normalizePgliteDir(dir: string): string {
  return isInMemoryPglite(dir) ? dir : path.resolve(dir);
}

/** For logs: the URL without its password, or the PGlite folder. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "pglite") return `PGlite at ${config.dataDir}`;
  const url = new URL(config.url);
  if (url.password) url.password = "***";
  return `PostgreSQL at ${url.toString()}`;
}
