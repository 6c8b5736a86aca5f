import { availableParallelism } from "node:os";
import { resolveModelsDir } from "../models/paths";
import type { DevicePreference } from "./types";

type Env = Record<string, string | undefined>;

export interface RuntimeConfig {
  transport: "embedded" | "redis";
  redisUrl: string | null;
  /** BullMQ key prefix; distinct prefixes never see each other's queues. */
  queuePrefix: string;
  workers: number;
  batchWindowMs: number;
  maxBatch: number;
  queueLimit: number;
  timeoutMs: number;
  device: DevicePreference;
  modelsDir: string;
  /** onnxruntime intra-op threads per worker process. */
  threads: number;
  /** BullMQ lock: a killed worker's job is recovered after about lockMs + stalledIntervalMs. */
  lockMs: number;
  stalledIntervalMs: number;
  /** Jobs a Redis worker holds at once; they feed its batcher. */
  workerConcurrency: number;
  /** Failure drills only: every request waits this long in the worker before it runs. */
  drillDelayMs: number;
  /** Tasks each worker loads at start: "all" (every task whose model files are present) or a list. */
  warmTasks: "all" | string[];
}

const DEVICES: readonly DevicePreference[] = ["auto", "cuda", "webgpu", "cpu"];

function int(env: Env, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

export function readRuntimeConfig(env: Env = process.env): RuntimeConfig {
  const redisUrl = env.REDIS_URL?.trim() || null;
  const transport = (env.INFERENCE_TRANSPORT?.trim() || (redisUrl ? "redis" : "embedded")) as RuntimeConfig["transport"];
  if (transport !== "embedded" && transport !== "redis") throw new Error(`INFERENCE_TRANSPORT must be "embedded" or "redis", got "${transport}"`);
  if (transport === "redis" && !redisUrl) throw new Error("INFERENCE_TRANSPORT=redis needs REDIS_URL");
  const device = (env.INFERENCE_DEVICE?.trim() || "auto") as DevicePreference;
  if (!DEVICES.includes(device)) throw new Error(`INFERENCE_DEVICE must be one of ${DEVICES.join(", ")}, got "${device}"`);
  const cores = availableParallelism();
  const workers = int(env, "INFERENCE_WORKERS", transport === "embedded" ? Math.max(1, Math.min(2, cores - 1)) : 1, 1);
  const lockMs = int(env, "INFERENCE_LOCK_MS", 4000, 500);
  return {
    transport,
    redisUrl,
    queuePrefix: env.INFERENCE_QUEUE_PREFIX?.trim() || "lumen",
    workers,
    batchWindowMs: int(env, "INFERENCE_BATCH_WINDOW_MS", 2, 0),
    maxBatch: int(env, "INFERENCE_MAX_BATCH", 16, 1),
    queueLimit: int(env, "INFERENCE_QUEUE_LIMIT", 256, 1),
    timeoutMs: int(env, "INFERENCE_TIMEOUT_MS", 30_000, 1),
    device,
    modelsDir: resolveModelsDir(env),
    threads: int(env, "INFERENCE_THREADS", Math.max(1, Math.floor(cores / (transport === "embedded" ? workers : 1))), 1),
    lockMs,
    stalledIntervalMs: int(env, "INFERENCE_STALLED_INTERVAL_MS", Math.max(250, Math.floor(lockMs / 2)), 100),
    workerConcurrency: int(env, "INFERENCE_WORKER_CONCURRENCY", 32, 1),
    drillDelayMs: int(env, "INFERENCE_DRILL_DELAY_MS", 0, 0),
    warmTasks: warmTasks(env.INFERENCE_WARM_TASKS),
  };
}

function warmTasks(raw: string | undefined): "all" | string[] {
  const value = raw?.trim() || "all";
  if (value === "all") return "all";
  if (value === "none") return [];
  return value.split(",").map((t) => t.trim()).filter(Boolean);
}
