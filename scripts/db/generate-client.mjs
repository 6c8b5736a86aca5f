// Runs `prisma generate` offline. Prisma's CLI downloads a native schema engine unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file; `generate` never executes it, so any file will do.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const prismaBin = `${root}/node_modules/.bin/prisma`;
if (!existsSync(prismaBin)) {
  console.log("prisma CLI not installed yet; skipping client generation");
  process.exit(0);
}
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
const result = spawnSync(prismaBin, ["generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
