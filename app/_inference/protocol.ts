// Messages between the page and the in-browser inference worker.
export type BrowserDevice = "webgpu" | "wasm";
export type LocalTask = "sentiment" | "translation-en-zh" | "translation-zh-en" | "image-classification" | "embeddings" | "ocr";
export type PipelineTask = Exclude<LocalTask, "ocr">;

export type BrowserDtype = "fp32" | "q8";

export interface ModelRef {
  id: string;
  revision: string;
  pipelineTask: string;
  tiny: boolean;
  weights: Partial<Record<BrowserDtype, string>>;
  bytes: number;
}

/**
 * WebGPU prefers full precision (SwiftShader-class adapters lack shader-f16 and int8 kernels are sparse);
 * WebAssembly prefers 8-bit. Either falls back to what the model has.
 */
export function dtypeFor(model: ModelRef, device: BrowserDevice): BrowserDtype {
  const preferred: BrowserDtype = device === "webgpu" ? "fp32" : "q8";
  return model.weights[preferred] ? preferred : preferred === "fp32" ? "q8" : "fp32";
}

export interface OcrModelRef {
  id: string;
  revision: string;
  files: Record<"detection" | "recognition" | "classifier" | "dictionary", string>;
  bytes: number;
}

export interface OcrRequest {
  type: "ocr";
  requestId: number;
  model: OcrModelRef;
  ortWasm: { mjs: string; wasm: string };
  image: Blob;
}

export interface RunRequest {
  type: "run";
  requestId: number;
  task: PipelineTask;
  model: ModelRef;
  device: BrowserDevice;
  ortWasm: { mjs: string; wasm: string };
  input: unknown;
}

export type WorkerMessage =
  | { type: "progress"; requestId: number; file: string; loaded: number; total: number }
  | { type: "result"; requestId: number; output: unknown; device: BrowserDevice }
  | { type: "error"; requestId: number; message: string };
