import { INFERENCE_TASKS, type InferenceTask } from "../registry";
import { selectModel } from "../models/select";
import type { RuntimeConfig } from "./config";
import { InferenceError, toInferenceError } from "./errors";
import { LatencyWindow } from "./latency";
import type { ChatStream, InferenceHealth, RunOptions, TaskInputs, TaskResult, Transport } from "./types";

export interface ModelStatus {
  task: InferenceTask;
  model: string;
  tiny: boolean;
  /** The configured model is missing and the tiny demo model stands in. */
  fallback: boolean;
  present: boolean;
}

/** The runtime as the web server sees it: typed `run`/`stream` over a transport, with timeouts, cancellation and health. */
export class Inference {
  private readonly latency = new LatencyWindow();
  private readonly errors: Record<string, number> = {};
  private completed = 0;

  constructor(
    readonly config: RuntimeConfig,
    private readonly transport: Transport,
  ) {}

  async run<T extends InferenceTask>(task: T, input: TaskInputs[T], options: RunOptions = {}, onToken?: (text: string) => void): Promise<TaskResult<T>> {
    const timeoutMs = options.timeoutMs ?? this.config.timeoutMs;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new InferenceError("TIMEOUT", `${task} took longer than ${timeoutMs} ms`)), timeoutMs);
    const cancel = () => controller.abort(new InferenceError("CANCELLED", "the request was cancelled"));
    if (options.signal?.aborted) cancel();
    options.signal?.addEventListener("abort", cancel, { once: true });
    const started = performance.now();
    try {
      const result = await this.transport.run({ task, input, signal: controller.signal, deadline: Date.now() + timeoutMs, requestId: options.requestId, onToken });
      this.completed += 1;
      this.latency.record(performance.now() - started);
      return result as unknown as TaskResult<T>;
    } catch (error) {
      const failure = toInferenceError(error);
      this.errors[failure.code] = (this.errors[failure.code] ?? 0) + 1;
      throw failure;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", cancel);
    }
  }

  /** Chat reply as it is generated; iterate for text pieces, await `.result` for the whole reply. */
  stream(task: "chat", input: TaskInputs["chat"], options: RunOptions = {}): ChatStream {
    const pieces: string[] = [];
    let wake: (() => void) | null = null;
    let finished = false;
    const notify = () => {
      wake?.();
      wake = null;
    };
    const controller = new AbortController();
    const cancel = () => controller.abort();
    if (options.signal?.aborted) cancel();
    options.signal?.addEventListener("abort", cancel, { once: true });
    const result = this.run(task, input, { ...options, signal: controller.signal }, (text) => {
      pieces.push(text);
      notify();
    }).finally(() => {
      finished = true;
      options.signal?.removeEventListener("abort", cancel);
      notify();
    });
    result.catch(() => undefined);
    return {
      result,
      async *[Symbol.asyncIterator]() {
        try {
          for (;;) {
            if (pieces.length) yield pieces.shift()!;
            else if (finished) {
              await result;
              return;
            } else await new Promise<void>((resolve) => (wake = resolve));
          }
        } finally {
          // The consumer stopped early: stop generating.
          if (!finished) cancel();
        }
      },
    };
  }

  async health(): Promise<InferenceHealth> {
    const [workers, queueDepth, models] = await Promise.all([this.transport.workers(), this.transport.queueDepth(), this.models()]);
    const sum = (key: "pipelineCalls" | "batchedRequests") => workers.reduce((total, w) => total + w[key], 0);
    return {
      transport: this.config.transport,
      ok: queueDepth < this.config.queueLimit,
      workers,
      queueDepth,
      queueLimit: this.config.queueLimit,
      client: { completed: this.completed, errors: { ...this.errors }, latency: this.latency.summary() },
      pipelineCalls: sum("pipelineCalls"),
      batchedRequests: sum("batchedRequests"),
      tinyModelsLoaded: workers.some((w) => w.models.some((m) => m.tiny)) || models.some((m) => m.tiny && m.present),
    };
  }

  /** Which model each task will use, read from MODELS_DIR without starting a worker. */
  async models(): Promise<ModelStatus[]> {
    return Promise.all(
      INFERENCE_TASKS.map(async (task) => {
        const { spec, presence, fallback } = await selectModel(task, { modelsDir: this.config.modelsDir });
        return { task, model: spec.id, tiny: spec.tiny, fallback, present: presence === "present" };
      }),
    );
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}
