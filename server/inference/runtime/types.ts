import type { InferenceTask } from "../registry";

export type DeviceName = "cuda" | "webgpu" | "cpu";
export type DevicePreference = "auto" | DeviceName;
export type PipelineInferenceTask = Exclude<InferenceTask, "ocr">;

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface TaskInputs {
  sentiment: { text: string };
  "translation-en-zh": { text: string };
  "translation-zh-en": { text: string };
  embeddings: { texts: string[] };
  "image-classification": { image: Uint8Array; topK?: number };
  chat: { messages: ChatMessage[]; maxNewTokens?: number };
  ocr: { image: Uint8Array };
}

export interface Scored {
  label: string;
  score: number;
}

/** Where and with what a result was computed; every result carries it. */
export interface ResultMeta {
  model: string;
  tiny: boolean;
  device: DeviceName;
  ranOn: "server";
}

export interface TaskOutputs {
  sentiment: Scored;
  "translation-en-zh": { text: string };
  "translation-zh-en": { text: string };
  embeddings: { vectors: number[][]; dims: number };
  "image-classification": { labels: Scored[] };
  chat: { text: string; tokens: number };
  ocr: { text: string; lines: { text: string; confidence: number; box: [number, number][] }[] };
}

export type TaskResult<T extends InferenceTask> = TaskOutputs[T] & ResultMeta;
export type AnyTaskInput = TaskInputs[InferenceTask];
export type AnyTaskResult = TaskResult<InferenceTask>;

export interface RunOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Stable id: a retried request with the same id maps onto the same job (Redis mode). */
  requestId?: string;
}

/** An async iterable of generated text pieces; `result` settles with the whole reply when the stream ends. */
export interface ChatStream extends AsyncIterable<string> {
  result: Promise<TaskResult<"chat">>;
}

export interface ModelHealth {
  task: InferenceTask;
  model: string;
  tiny: boolean;
  device: DeviceName;
  loadMs: number;
  /** Why faster devices were skipped, in chain order. */
  deviceFallbacks: { device: DeviceName; error: string }[];
}

export interface LatencySummary {
  count: number;
  p50Ms: number | null;
  p95Ms: number | null;
}

/** Counters one worker process keeps about its own work. */
export interface WorkerStats {
  id: string;
  pid: number;
  host: string;
  startedAt: number;
  models: ModelHealth[];
  inFlight: number;
  completed: number;
  errors: number;
  /** Pipeline invocations and the requests they served: `batchedRequests / pipelineCalls` is the mean batch size. */
  pipelineCalls: number;
  batchedRequests: number;
  latency: LatencySummary;
}

export interface InferenceHealth {
  transport: "embedded" | "redis";
  ok: boolean;
  workers: (WorkerStats & { alive: boolean })[];
  queueDepth: number;
  queueLimit: number;
  /** Requests seen by this client (web server side). */
  client: { completed: number; errors: Record<string, number>; latency: LatencySummary };
  /** Across workers. */
  pipelineCalls: number;
  batchedRequests: number;
  tinyModelsLoaded: boolean;
}

/** What the facade hands a transport: one signal (aborted with a TIMEOUT or CANCELLED InferenceError) and a deadline. */
export interface TransportRequest {
  task: InferenceTask;
  input: AnyTaskInput;
  signal: AbortSignal;
  deadline: number;
  requestId?: string;
  onToken?: (text: string) => void;
}

export interface Transport {
  run(request: TransportRequest): Promise<AnyTaskResult>;
  workers(): Promise<(WorkerStats & { alive: boolean })[]>;
  queueDepth(): Promise<number>;
  close(): Promise<void>;
}
