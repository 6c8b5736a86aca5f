import { Redis } from "ioredis";
import type { InferenceTask } from "../../registry";
import type { InferenceErrorData } from "../errors";
import type { AnyTaskResult } from "../types";

/** BullMQ keys live under `<prefix>:inference-<task>:*`; ours under `<prefix>:inference:*`. */
export const queueName = (task: InferenceTask) => `inference-${task}`;
export const replyChannel = (prefix: string, jobId: string) => `${prefix}:inference:reply:${jobId}`;
export const cancelChannel = (prefix: string) => `${prefix}:inference:cancel`;
export const workersKey = (prefix: string) => `${prefix}:inference:workers`;
export const workerKey = (prefix: string, id: string) => `${prefix}:inference:worker:${id}`;

export const HEARTBEAT_MS = 1000;
export const HEARTBEAT_TTL_MS = 5000;

export interface InferenceJobData {
  task: InferenceTask;
  /** JSON-safe input (see codec.ts). */
  input: unknown;
  deadline: number;
  stream: boolean;
}

/** Published on a job's reply channel. Tokens are numbered per attempt so a client can skip repeats after a retry. */
export type ReplyMessage =
  | { type: "token"; index: number; text: string }
  | { type: "result"; result: AnyTaskResult }
  | { type: "error"; error: InferenceErrorData };

export function connect(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}
