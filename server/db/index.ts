// The only place that constructs Prisma clients. Creating migrations (server/db/migrations/create.ts)
// stays out of this surface: it loads the 5 MB wasm schema engine, which the app never needs.
export { getDb, createDb, disconnectDb, type Db, type DbClient } from "./client";
export {
  databaseConfigFromEnv,
  describeDatabase,
  type DatabaseConfig,
  type DatabaseOptions,
} from "./config";
export { migrateDatabase, type MigrateOptions } from "./migrations/migrate";
export type { ApplyReport } from "./migrations/apply";
export { MigrationError } from "./migrations/errors";
export * from "./generated/client";
