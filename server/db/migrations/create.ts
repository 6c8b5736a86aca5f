import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import {
  defaultMigrationsDir,
  lockedProvider,
  MIGRATION_LOCK_CONTENT,
  MIGRATION_LOCK_FILE,
  MIGRATION_PROVIDER,
  MIGRATION_SCRIPT,
  readMigrationLock,
  readMigrations,
} from "./files";
import { MigrationError } from "./errors";
import { PgliteMigrationAdapterFactory } from "./pglite-migration-adapter";
import { withSchemaEngine } from "./schema-engine";

export interface CreateMigrationOptions {
  /** Becomes the folder suffix, e.g. `add_widgets` -> `20250101120000_add_widgets`. */
  name: string;
  /** Defaults to ./prisma/schema.prisma. */
  schemaPath?: string;
  /** Defaults to ./prisma/migrations. */
  migrationsDir?: string;
  /** The folder timestamp; defaults to now (UTC, as Prisma does). */
  now?: Date;
}

export type CreateMigrationResult =
  | { created: false }
  | { created: true; migrationName: string; directory: string; script: string };

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` holding the SQL that takes a database from
 * the existing migrations to the schema, like `prisma migrate dev --create-only`. The existing migrations
 * are replayed into an in-memory PGlite shadow database by the wasm schema engine, which then diffs that
 * against the schema. Writes nothing when they already match.
 */
export async function createMigration(options: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const schemaPath = path.resolve(options.schemaPath ?? "prisma/schema.prisma");
  const migrationsDir = path.resolve(options.migrationsDir ?? defaultMigrationsDir());
  const migrationName = `${migrationTimestamp(options.now ?? new Date())}_${slugifyMigrationName(options.name)}`;

  const schemaFile = { path: schemaPath, content: await readFile(schemaPath, "utf8") };
  const existingLock = await readMigrationLock(migrationsDir);
  const provider = lockedProvider(existingLock);
  if (provider !== null && provider !== MIGRATION_PROVIDER) {
    throw new MigrationError("P3019", `${MIGRATION_LOCK_FILE} is for "${provider}", not "${MIGRATION_PROVIDER}".`);
  }
  const migrationsList: MigrationList = {
    baseDir: migrationsDir,
    lockfile: { path: MIGRATION_LOCK_FILE, content: existingLock ?? MIGRATION_LOCK_CONTENT },
    shadowDbInitScript: "",
    migrationDirectories: (await readMigrations(migrationsDir)).map((migration) => ({
      path: migration.name,
      migrationFile: { path: MIGRATION_SCRIPT, content: { tag: "ok", value: migration.script } },
    })),
  };

  // The engine insists on a main database even though a diff from migrations to a schema only uses shadows.
  const main = new PGlite();
  const adapterFactory = new PgliteMigrationAdapterFactory(main);
  try {
    const diff = await withSchemaEngine({ schema: schemaFile, adapterFactory }, (engine) =>
      engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files: [schemaFile] },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    // With `exitCode`, the engine answers 2 when there is something to migrate and 0 when not.
    if (diff.exitCode === 0 || !diff.stdout) return { created: false };

    const directory = path.join(migrationsDir, migrationName);
    if (existsSync(directory)) throw new Error(`The migration directory already exists at ${directory}`);
    await mkdir(directory, { recursive: true });
    await writeFile(path.join(directory, MIGRATION_SCRIPT), diff.stdout, "utf8");
    if (existingLock === null) await writeFile(path.join(migrationsDir, MIGRATION_LOCK_FILE), MIGRATION_LOCK_CONTENT, "utf8");
    return { created: true, migrationName, directory, script: diff.stdout };
  } finally {
    await adapterFactory.closeShadows();
    await main.close();
  }
}

function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/** Prisma's rule: lower case, anything but letters and digits becomes `_`. */
export function slugifyMigrationName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug) throw new Error(`"${name}" is not a usable migration name; use letters, digits and underscores.`);
  return slug;
}
