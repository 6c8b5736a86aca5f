// Messages between the page and the in-browser inference worker.
export type BrowserDevice = "webgpu" | "wasm";
export type LocalTask = "sentiment" | "translation-en-zh" | "translation-zh-en" | "image-classification" | "embeddings";

export interface ModelRef {
  id: string;
  revision: string;
  pipelineTask: string;
  tiny: boolean;
  bytes: number;
}

export interface RunRequest {
  type: "run";
  requestId: number;
  task: LocalTask;
  model: ModelRef;
  device: BrowserDevice;
  ortWasm: { mjs: string; wasm: string };
  input: unknown;
}

export type WorkerMessage =
  | { type: "progress"; requestId: number; file: string; loaded: number; total: number }
  | { type: "result"; requestId: number; output: unknown; device: BrowserDevice }
  | { type: "error"; requestId: number; message: string };
