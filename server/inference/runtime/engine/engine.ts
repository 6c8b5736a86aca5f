import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { INFERENCE_TASKS, type InferenceTask } from "../../registry";
import type { RuntimeConfig } from "../config";
import { InferenceError, toInferenceError } from "../errors";
import { parseTaskInput } from "../inputs";
import { LatencyWindow } from "../latency";
import type { AnyTaskInput, AnyTaskResult, PipelineInferenceTask, TaskInputs, WorkerStats } from "../types";
import { MicroBatcher } from "./batcher";
import { type LoadedPipeline, createPipelineCache } from "./pipelines";
import { createOcrRunner } from "./ocr";
import { EXECUTORS } from "./tasks";

export interface EngineRunOptions {
  signal?: AbortSignal;
  onToken?: (text: string) => void;
}

type AnyBatcher = MicroBatcher<unknown, unknown>;

/** What one worker process runs: pipelines on their devices, a micro-batcher per task, counters. */
export function createEngine(config: RuntimeConfig, log: (line: string) => void = (line) => console.error(`[inference ${process.pid}] ${line}`)) {
  const id = `${hostname()}-${process.pid}`;
  const startedAt = Date.now();
  const pipelines = createPipelineCache(config, log);
  const batchers = new Map<InferenceTask, AnyBatcher>();
  const latency = new LatencyWindow();
  const counters = { inFlight: 0, completed: 0, errors: 0, pipelineCalls: 0, batchedRequests: 0 };
  const recognize = createOcrRunner(config.modelsDir);

  function batcherFor(task: PipelineInferenceTask, loaded: LoadedPipeline): AnyBatcher {
    let batcher = batchers.get(task);
    if (!batcher) {
      const executor = EXECUTORS[task];
      batcher = new MicroBatcher<unknown, unknown>((items) => executor.run(loaded.run, items as never) as Promise<unknown[]>, {
        windowMs: executor.batchable ? config.batchWindowMs : 0,
        maxBatch: executor.batchable ? config.maxBatch : 1,
        onBatch: (size) => {
          counters.pipelineCalls += 1;
          counters.batchedRequests += size;
        },
      });
      batchers.set(task, batcher);
    }
    return batcher;
  }

  async function execute(task: InferenceTask, rawInput: AnyTaskInput, options: EngineRunOptions): Promise<AnyTaskResult> {
    const input = parseTaskInput(task, rawInput);
    if (config.drillDelayMs) await abortableDelay(config.drillDelayMs, options.signal);
    if (task === "ocr") return recognize(input as TaskInputs["ocr"]);
    const loaded = await pipelines.get(task);
    const prepared = await EXECUTORS[task].prepare(input as never);
    if (options.signal?.aborted) throw new InferenceError("CANCELLED", "the request was cancelled");
    const output = await batcherFor(task, loaded).submit(prepared, options);
    return { ...(output as object), model: loaded.spec.id, tiny: loaded.spec.tiny, device: loaded.device, ranOn: "server" } as AnyTaskResult;
  }

  return {
    id,
    async run(task: InferenceTask, input: AnyTaskInput, options: EngineRunOptions = {}): Promise<AnyTaskResult> {
      const started = performance.now();
      counters.inFlight += 1;
      try {
        const result = await execute(task, input, options);
        counters.completed += 1;
        latency.record(performance.now() - started);
        return result;
      } catch (error) {
        counters.errors += 1;
        throw toInferenceError(error);
      } finally {
        counters.inFlight -= 1;
      }
    },

    /** Loads the configured tasks' pipelines; a missing model is logged and skipped, not fatal. */
    async warm(): Promise<void> {
      const tasks = config.warmTasks === "all" ? INFERENCE_TASKS.filter((t) => t !== "ocr") : config.warmTasks.filter((t): t is InferenceTask => (INFERENCE_TASKS as readonly string[]).includes(t));
      for (const task of tasks) {
        try {
          await pipelines.get(task);
        } catch (error) {
          log(`${task}: not loaded: ${toInferenceError(error).message}`);
        }
      }
    },

    stats(): WorkerStats {
      return { id, pid: process.pid, host: hostname(), startedAt, models: pipelines.loaded(), ...counters, latency: latency.summary() };
    },

    close: () => pipelines.dispose(),
  };
}

export type Engine = ReturnType<typeof createEngine>;

async function abortableDelay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch {
    throw new InferenceError("CANCELLED", "the request was cancelled");
  }
}
