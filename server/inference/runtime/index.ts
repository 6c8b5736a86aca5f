import { Inference } from "./client";
import { type RuntimeConfig, readRuntimeConfig } from "./config";
import { serveOverIpc } from "./embedded/child";
import { createProcessPool } from "./embedded/pool";
import { EMBEDDED_ROLE_ENV } from "./embedded/protocol";
import { createRedisTransport } from "./redis/transport";
import { runRedisWorker } from "./redis/worker";

export function createInference(config: RuntimeConfig = readRuntimeConfig()): Inference {
  return new Inference(config, config.transport === "redis" ? createRedisTransport(config) : createProcessPool(config));
}

const SINGLETON = Symbol.for("lumen.inference");
type GlobalWithInference = typeof globalThis & { [SINGLETON]?: Inference };

/** The process-wide runtime, configured from the environment (kept across Next dev reloads). */
export function getInference(): Inference {
  const holder = globalThis as GlobalWithInference;
  return (holder[SINGLETON] ??= createInference());
}

/** Entry of `workers/inference.ts`: serves its parent over IPC when forked by the embedded pool, else Redis queues. */
export async function startInferenceWorker(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inherited = env[EMBEDDED_ROLE_ENV];
  if (inherited) return serveOverIpc(JSON.parse(inherited) as RuntimeConfig);
  const config = readRuntimeConfig(env);
  if (config.transport !== "redis") throw new Error("npm run worker consumes Redis queues: set REDIS_URL");
  const worker = await runRedisWorker(config);
  const stop = () => void worker.close().then(() => process.exit(0), () => process.exit(1));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

export { Inference, type ModelStatus } from "./client";
export { readRuntimeConfig, type RuntimeConfig } from "./config";
export { InferenceError, type InferenceErrorCode } from "./errors";
export { MAX_IMAGE_BASE64_CHARS, decodeImageInput, type DecodedImage } from "./image-input";
export { INPUT_LIMITS, chatMessagesSchema, maxNewTokensSchema, parseTaskInput, textSchema, topKSchema } from "./inputs";
export type * from "./types";
