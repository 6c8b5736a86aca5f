import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, disconnectDb, migrateDatabase } from "@/server/db";
import { createMigration, slugifyMigrationName } from "@/server/db/migrations/create";
import { MIGRATION_LOCK_CONTENT } from "@/server/db/migrations/files";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./prisma-engine";

const WIDGET_MODEL = `
model Widget {
  id        String   @id @default(cuid())
  label     String
  createdAt DateTime @default(now())
}
`;

describe("creating a migration from the schema", () => {
  let workDir: string;
  let schemaPath: string;
  let migrationsDir: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "lumen-create-migration-"));
    schemaPath = path.join(workDir, "schema.prisma");
    migrationsDir = path.join(workDir, "migrations");
    await cp(SCHEMA_PATH, schemaPath);
    await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('reports "no changes" and writes nothing when the migrations match the schema', async () => {
    const before = await readdir(migrationsDir);
    await expect(createMigration({ name: "nothing", schemaPath, migrationsDir })).resolves.toEqual({ created: false });
    expect(await readdir(migrationsDir)).toEqual(before);
  });

  it("writes the SQL for a new model and a new column", async () => {
    const schema = await readFile(schemaPath, "utf8");
    const withNickname = schema.replace(/(model User \{\n\s+id\s+String[^\n]*\n)/, "$1  nickname String?\n");
    expect(withNickname).not.toBe(schema);
    await writeFile(schemaPath, withNickname + WIDGET_MODEL);

    const result = await createMigration({ name: "Add widgets", schemaPath, migrationsDir, now: new Date("2030-01-02T03:04:05Z") });
    expect(result).toMatchObject({ created: true, migrationName: "20300102030405_add_widgets" });
    if (!result.created) throw new Error("unreachable");
    expect(result.script).toContain('CREATE TABLE "Widget"');
    expect(result.script).toContain('"label" TEXT NOT NULL');
    expect(result.script).toContain('ALTER TABLE "User" ADD COLUMN     "nickname" TEXT');
    expect(result.script).not.toContain('CREATE TABLE "User"');
    expect(await readFile(path.join(migrationsDir, "20300102030405_add_widgets", "migration.sql"), "utf8")).toBe(result.script);
  });

  it("finds nothing more to do afterwards, and the new migration applies", async () => {
    await expect(createMigration({ name: "again", schemaPath, migrationsDir })).resolves.toEqual({ created: false });

    const pgliteDir = "memory://create-migration-test";
    const db = createDb({ pgliteDir });
    try {
      const report = await migrateDatabase({ pgliteDir, migrationsDir });
      expect(report.applied.at(-1)).toBe("20300102030405_add_widgets");
      const columns = await db.$queryRawUnsafe<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'Widget' ORDER BY ordinal_position`,
      );
      expect(columns.map((c) => c.column_name)).toEqual(["id", "label", "createdAt"]);
    } finally {
      await disconnectDb(db);
    }
  });

  it("starts a migrations folder with Prisma's migration_lock.toml", async () => {
    const emptyDir = path.join(workDir, "fresh-migrations");
    const result = await createMigration({ name: "init", schemaPath, migrationsDir: emptyDir });
    expect(result.created).toBe(true);
    expect(await readFile(path.join(emptyDir, "migration_lock.toml"), "utf8")).toBe(MIGRATION_LOCK_CONTENT);
    expect(MIGRATION_LOCK_CONTENT).toContain('provider = "postgresql"');
    if (result.created) expect(result.script).toContain('CREATE TABLE "Widget"');
  });

  it("turns names into Prisma-style slugs", () => {
    expect(slugifyMigrationName("Add widgets!")).toBe("add_widgets");
    expect(slugifyMigrationName("user-nickname")).toBe("user_nickname");
    expect(() => slugifyMigrationName("!!!")).toThrow(/not a usable migration name/);
  });
});
