import { defineConfig } from "prisma/config";

// The CLI is used here only for `generate`/`validate`/`format`; migrations run through scripts/db (offline).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
});
