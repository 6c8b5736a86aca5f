// npm run db:migration -- <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the existing migrations to prisma/schema.prisma (like `prisma migrate dev --create-only`).
import path from "node:path";
import { createMigration } from "../../server/db/migrations/create";

const name = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (!name) {
  console.error("usage: npm run db:migration -- <name>   (e.g. add_widgets)");
  process.exit(2);
}

try {
  const result = await createMigration({ name });
  if (!result.created) {
    console.log("no changes: the migrations already match prisma/schema.prisma; nothing written.");
  } else {
    console.log(`created ${path.relative(process.cwd(), result.directory)}/migration.sql`);
    console.log("Review it, then apply it with `npm run db:migrate`.");
  }
} catch (error) {
  console.error(`Creating the migration failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
