import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { resolveDatabaseConfig, type DatabaseConfig, type DatabaseOptions } from "./config";
import { PrismaClient, type Prisma } from "./generated/client";
import { acquirePglite, releasePglite } from "./pglite";

export type Db = PrismaClient;
/** A client or an interactive-transaction client: what functions that may run inside a transaction take. */
export type DbClient = Prisma.TransactionClient;

const releaseResources = new WeakMap<Db, () => Promise<void>>();

/** A new client for the configured database (explicit options, else the environment). */
export function createDb(options: DatabaseOptions = {}): Db {
  return createDbForConfig(resolveDatabaseConfig(options));
}

export function createDbForConfig(config: DatabaseConfig): Db {
  if (config.kind === "postgres") {
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: config.url }) });
  }
  const pglite = acquirePglite(config.dataDir);
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  releaseResources.set(db, () => releasePglite(pglite));
  return db;
}

/** Disconnects a client made by `createDb`, closing its PGlite when nothing else uses it. */
export async function closeDb(db: Db): Promise<void> {
  await db.$disconnect();
  const release = releaseResources.get(db);
  releaseResources.delete(db);
  await release?.();
}

interface DbSingleton {
  db?: Db;
}

// Kept on globalThis so Next dev HMR reuses the client (and the PGlite folder it holds open).
const singletonKey = Symbol.for("lumen.db.singleton");
const globalStore = globalThis as typeof globalThis & { [singletonKey]?: DbSingleton };
const singleton = (globalStore[singletonKey] ??= {});

/** The process-wide client, configured from the environment on first use. */
export function getDb(): Db {
  singleton.db ??= createDb();
  return singleton.db;
}

/** Disconnects `db`, or the process-wide client when called without one. */
export async function disconnectDb(db?: Db): Promise<void> {
  if (db && db !== singleton.db) return closeDb(db);
  const current = singleton.db;
  singleton.db = undefined;
  if (current) await closeDb(current);
}
