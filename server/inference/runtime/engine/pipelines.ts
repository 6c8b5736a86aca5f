import { env as transformersEnv, pipeline } from "@huggingface/transformers";
import type { InferenceTask, ModelSpec } from "../../registry";
import { selectModel } from "../../models/select";
import type { RuntimeConfig } from "../config";
import { InferenceError, modelMissing } from "../errors";
import type { DeviceName, ModelHealth } from "../types";
import { cudaProviderInstalled, deviceChain, firstWorkingDevice } from "./device";

/** The slice of a Transformers.js pipeline the executors use. */
export interface PipelineHandle {
  (input: unknown, options?: Record<string, unknown>): Promise<unknown>;
  tokenizer?: unknown;
  dispose(): Promise<void>;
}

export interface LoadedPipeline {
  task: InferenceTask;
  spec: ModelSpec;
  run: PipelineHandle;
  device: DeviceName;
  health: ModelHealth;
}

export type PipelineLoader = (task: InferenceTask) => Promise<LoadedPipeline>;

export function configureTransformers(modelsDir: string): void {
  transformersEnv.allowRemoteModels = false;
  transformersEnv.allowLocalModels = true;
  transformersEnv.localModelPath = modelsDir;
}

/** Loads each task's pipeline once, on the first device of the chain that can create its sessions. */
export function createPipelineCache(config: RuntimeConfig, log: (line: string) => void) {
  configureTransformers(config.modelsDir);
  const cache = new Map<InferenceTask, Promise<LoadedPipeline>>();
  const ready = new Map<InferenceTask, ModelHealth>();
  // The device is chosen once per process: after the first model loads, later ones start where it landed.
  let chain = deviceChain(config.device);
  let skipped: ModelHealth["deviceFallbacks"] = [];

  async function load(task: InferenceTask): Promise<LoadedPipeline> {
    const { spec, presence, fallback, configured } = await selectModel(task, { modelsDir: config.modelsDir });
    if (!spec.pipelineTask || !spec.dtype) throw new InferenceError("UNAVAILABLE", `task "${task}" does not run through a Transformers.js pipeline`);
    if (presence !== "present") throw modelMissing(task, spec.id, config.modelsDir);
    if (fallback) log(`${task}: ${configured.id} is missing, the tiny demo model ${spec.id} stands in`);
    const started = performance.now();
    const choice = await firstWorkingDevice(
      chain,
      async (device) => {
        if (device === "cuda" && !cudaProviderInstalled()) throw new Error("cuda: onnxruntime's CUDA provider is not installed");
        return (await pipeline(spec.pipelineTask!, spec.id, {
          device,
          dtype: spec.dtype!,
          session_options: { intraOpNumThreads: config.threads, interOpNumThreads: 1 },
        })) as unknown as PipelineHandle;
      },
      (error) => error instanceof InferenceError,
    );
    const loadMs = Math.round(performance.now() - started);
    for (const fallback of choice.fallbacks) log(`${task}: device ${fallback.device} unavailable: ${fallback.error}`);
    log(`${task}: ${spec.id} (${spec.dtype}) on ${choice.device} in ${loadMs} ms`);
    skipped = [...skipped, ...choice.fallbacks];
    chain = chain.slice(chain.indexOf(choice.device));
    const health: ModelHealth = { task, model: spec.id, tiny: spec.tiny, device: choice.device, loadMs, deviceFallbacks: skipped };
    ready.set(task, health);
    return { task, spec, run: choice.value, device: choice.device, health };
  }

  return {
    get(task: InferenceTask): Promise<LoadedPipeline> {
      let entry = cache.get(task);
      if (!entry) {
        entry = load(task);
        cache.set(task, entry);
        entry.catch(() => cache.delete(task));
      }
      return entry;
    },
    loaded(): ModelHealth[] {
      return [...ready.values()];
    },
    async dispose(): Promise<void> {
      const settled = await Promise.allSettled(cache.values());
      cache.clear();
      ready.clear();
      await Promise.all(settled.map((s) => (s.status === "fulfilled" ? s.value.run.dispose() : undefined)));
    },
  };
}

export type PipelineCache = ReturnType<typeof createPipelineCache>;
