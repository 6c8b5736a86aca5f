/// <reference lib="webworker" />
// Runs Transformers.js pipelines off the main thread: one pipeline per task and device, loaded once.
import { env, pipeline, type PretrainedModelOptions } from "@huggingface/transformers";
import { dtypeFor, type BrowserDevice, type RunRequest, type WorkerMessage } from "./protocol";

declare const self: DedicatedWorkerGlobalScope;

// Models come from our own server in the Hub's URL layout; nothing is fetched from third parties.
env.allowLocalModels = false;
env.allowRemoteModels = true;
env.remoteHost = `${self.location.origin}/api/models/`;
env.remotePathTemplate = "{model}/resolve/{revision}/";
env.useBrowserCache = true;

type Pipe = (input: unknown, options?: Record<string, unknown>) => Promise<unknown>;
const pipelines = new Map<string, Promise<Pipe>>();

function loadPipeline(request: RunRequest): Promise<Pipe> {
  const key = `${request.model.id}@${request.model.revision}:${request.device}`;
  let loading = pipelines.get(key);
  if (!loading) {
    const onnx = env.backends.onnx as { wasm?: { wasmPaths?: unknown } };
    if (onnx.wasm) onnx.wasm.wasmPaths = { ...request.ortWasm };
    const options: PretrainedModelOptions = {
      revision: request.model.revision,
      device: request.device,
      dtype: dtypeFor(request.model, request.device),
      progress_callback: (event: { status: string; file?: string; loaded?: number; total?: number }) => {
        if (event.status === "progress" && event.file) {
          post({ type: "progress", requestId: request.requestId, file: event.file, loaded: event.loaded ?? 0, total: event.total ?? 0 });
        }
      },
    };
    loading = (pipeline(request.model.pipelineTask as never, request.model.id, options) as Promise<unknown>).then((p) => p as Pipe);
    loading.catch(() => pipelines.delete(key));
    pipelines.set(key, loading);
  }
  return loading;
}

async function run(request: RunRequest): Promise<unknown> {
  const pipe = await loadPipeline(request);
  const input = request.input as { text?: string; texts?: string[]; imageUrl?: string; topK?: number };
  switch (request.task) {
    case "sentiment": {
      const [best] = (await pipe(input.text)) as { label: string; score: number }[];
      return best;
    }
    case "translation-en-zh":
    case "translation-zh-en": {
      const [out] = (await pipe(input.text)) as { translation_text: string }[];
      return { text: out?.translation_text ?? "" };
    }
    case "embeddings": {
      const tensor = (await pipe(input.texts, { pooling: "mean", normalize: true })) as { tolist(): number[][]; dims: number[] };
      return { vectors: tensor.tolist(), dims: tensor.dims.at(-1) };
    }
    case "image-classification":
      return { labels: await pipe(input.imageUrl, { top_k: input.topK ?? 3 }) };
  }
}

function post(message: WorkerMessage) {
  self.postMessage(message);
}

self.addEventListener("message", (event: MessageEvent<RunRequest>) => {
  const request = event.data;
  if (request.type !== "run") return;
  run(request).then(
    (output) => post({ type: "result", requestId: request.requestId, output, device: request.device as BrowserDevice }),
    (error: unknown) => post({ type: "error", requestId: request.requestId, message: error instanceof Error ? error.message : String(error) }),
  );
});
