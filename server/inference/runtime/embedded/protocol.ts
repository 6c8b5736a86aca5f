import type { InferenceTask } from "../../registry";
import type { InferenceErrorData } from "../errors";
import type { AnyTaskInput, AnyTaskResult, WorkerStats } from "../types";

/** Parent → worker process, over the fork IPC channel (advanced serialization: Uint8Array travels as is). */
export type ToWorker =
  | { type: "run"; id: number; task: InferenceTask; input: AnyTaskInput; stream: boolean }
  | { type: "cancel"; id: number }
  | { type: "stats"; id: number };

/** Worker process → parent. */
export type FromWorker =
  | { type: "ready"; stats: WorkerStats }
  | { type: "token"; id: number; index: number; text: string }
  | { type: "result"; id: number; result: AnyTaskResult }
  | { type: "error"; id: number; error: InferenceErrorData }
  | { type: "stats"; id: number; stats: WorkerStats };

/** Forked workers find their parent's RuntimeConfig (JSON) here; `workers/inference.ts` then serves IPC instead of Redis. */
export const EMBEDDED_ROLE_ENV = "LUMEN_INFERENCE_EMBEDDED";
