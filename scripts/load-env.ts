import { existsSync } from "node:fs";

/** CLI scripts read .env like `next start` does; variables already set in the environment win. */
export function loadEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
