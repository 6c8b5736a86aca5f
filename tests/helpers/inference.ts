import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import sharp from "sharp";
import { type InferenceError, type RuntimeConfig, readRuntimeConfig } from "@/server/inference";
import { generateTinyModels } from "@/scripts/models/tiny";

export const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
export const SWIFTSHADER_ICD = "/usr/lib/chromium/vk_swiftshader_icd.json";

/** A temporary MODELS_DIR holding every tiny model (or none); `remove` cleans it up. */
export async function tempModelsDir(withTinyModels = true): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "lumen-runtime-"));
  if (withTinyModels) await generateTinyModels(dir);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Runtime settings for tests: CPU, explicit everything, overridable. */
export function testConfig(modelsDir: string, overrides: Record<string, string> = {}): RuntimeConfig {
  return readRuntimeConfig({
    MODELS_DIR: modelsDir,
    INFERENCE_TRANSPORT: "embedded",
    INFERENCE_DEVICE: "cpu",
    INFERENCE_WORKERS: "1",
    INFERENCE_THREADS: "1",
    ...overrides,
  });
}

export const uniquePrefix = () => `lumen-test-${randomBytes(4).toString("hex")}`;

/** `node --import tsx workers/inference.ts` (one process, so its PID is the worker's), resolved once it consumes. */
export async function startRedisWorker(env: Record<string, string>): Promise<{ child: ChildProcess; logs: string[]; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "workers/inference.ts"], {
    env: { ...process.env, REDIS_URL, INFERENCE_TRANSPORT: "redis", INFERENCE_DEVICE: "cpu", INFERENCE_THREADS: "1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const logs: string[] = [];
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => logs.push(chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await Promise.race([
    waitFor(() => logs.join("").includes("consuming"), 30_000, "worker start"),
    exited.then(() => Promise.reject(new Error(`worker exited during start:\n${logs.join("")}`))),
  ]);
  return {
    child,
    logs,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Polls until `check` holds; a bounded wait, not a timing assertion. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export const solidPng = (r: number, g: number, b: number) =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: { r, g, b } } }).png().toBuffer();

/** The rejection of `promise` as an InferenceError (fails if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<InferenceError> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error as InferenceError,
  );
}

export const swiftShaderAvailable = () => existsSync(SWIFTSHADER_ICD);
