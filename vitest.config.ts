import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; tests call server modules directly.
      { find: /^server-only$/, replacement: `${root}/tests/setup/empty-module.ts` },
    ],
  },
  test: {
    globalSetup: ["tests/setup/global-database.ts"],
    reporters: ["default", "./tests/setup/summary-reporter.ts"],
    hookTimeout: 120_000,
    projects: [
      // Groups run one after another (unit → integration → e2e): on 2 cores, browser tests next to
      // integration suites that spawn worker processes starve each other into timeouts.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"], testTimeout: 60_000, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          globalSetup: ["tests/setup/global-app-server.ts"],
        },
      },
    ],
  },
});
