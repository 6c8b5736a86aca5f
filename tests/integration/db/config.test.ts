import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseConfigFromEnv, describeDatabase } from "@/server/db";
import { resolveDatabaseConfig } from "@/server/db/config";
import { lockedProvider, migrationChecksum } from "@/server/db/migrations/files";

describe("database configuration", () => {
  it("uses PostgreSQL when DATABASE_URL is set", () => {
    expect(databaseConfigFromEnv({ DATABASE_URL: "postgres://u@db:5432/app", PGLITE_DATA_DIR: "/x" })).toEqual({
      kind: "postgres",
      url: "postgres://u@db:5432/app",
    });
  });

  it("falls back to PGlite under ./data/pglite, or PGLITE_DATA_DIR", () => {
    expect(databaseConfigFromEnv({})).toEqual({ kind: "pglite", dataDir: path.resolve("data/pglite") });
    expect(databaseConfigFromEnv({ DATABASE_URL: "", PGLITE_DATA_DIR: "tmp/db" })).toEqual({
      kind: "pglite",
      dataDir: path.resolve("tmp/db"),
    });
  });

  it("lets explicit options win over the environment", () => {
    expect(resolveDatabaseConfig({ pgliteDir: "memory://t" })).toEqual({ kind: "pglite", dataDir: "memory://t" });
    expect(resolveDatabaseConfig({ databaseUrl: "postgres://a@b/c", pgliteDir: "x" })).toMatchObject({ kind: "postgres" });
  });

  it("hides passwords when describing a database", () => {
    expect(describeDatabase({ kind: "postgres", url: "postgres://app:s3cret@db:5432/app" })).toBe(
      "PostgreSQL at postgres://app:***@db:5432/app",
    );
  });
});

describe("migration files", () => {
  it("checksums scripts as Prisma does (sha256, hex)", () => {
    expect(migrationChecksum("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("reads the provider from migration_lock.toml", () => {
    expect(lockedProvider('# comment\nprovider = "postgresql"\n')).toBe("postgresql");
    expect(lockedProvider(null)).toBeNull();
  });
});
