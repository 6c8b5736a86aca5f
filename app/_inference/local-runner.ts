// The page side of in-browser inference: one worker, the server's model manifest, device and cache checks.
import { dtypeFor, type BrowserDevice, type LocalTask, type ModelRef, type RunRequest, type WorkerMessage } from "./protocol";

export interface Manifest {
  models: (ModelRef & { task: string })[];
  ortWasm: { mjs: string; wasm: string };
}

export interface Progress {
  file: string;
  loaded: number;
  total: number;
}

let worker: Worker | null = null;
let nextRequestId = 1;
const pending = new Map<number, { resolve: (v: { output: unknown; device: BrowserDevice }) => void; reject: (e: Error) => void; onProgress?: (p: Progress) => void }>();
let manifest: Promise<Manifest> | null = null;

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./inference.worker.ts", import.meta.url), { type: "module" });
  worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => {
    const message = event.data;
    const entry = pending.get(message.requestId);
    if (!entry) return;
    if (message.type === "progress") return entry.onProgress?.(message);
    pending.delete(message.requestId);
    if (message.type === "result") entry.resolve({ output: message.output, device: message.device });
    else entry.reject(new Error(message.message));
  });
  // A crashed worker fails everything in flight; the next call starts a fresh one.
  worker.addEventListener("error", (event) => {
    for (const entry of pending.values()) entry.reject(new Error(event.message || "The in-browser model worker crashed."));
    pending.clear();
    worker?.terminate();
    worker = null;
  });
  return worker;
}

export function loadManifest(): Promise<Manifest> {
  manifest ??= fetch("/api/models").then((r) => {
    if (!r.ok) throw new Error(`model manifest: HTTP ${r.status}`);
    return r.json() as Promise<Manifest>;
  });
  manifest.catch(() => (manifest = null));
  return manifest;
}

export async function modelFor(task: LocalTask): Promise<{ model: ModelRef; ortWasm: Manifest["ortWasm"] } | null> {
  const { models, ortWasm } = await loadManifest();
  const model = models.find((m) => m.task === task);
  return model ? { model, ortWasm } : null;
}

/** WebGPU when the browser exposes an adapter, else WebAssembly. */
export async function detectDevice(): Promise<BrowserDevice> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  if (!gpu) return "wasm";
  const adapter = await gpu.requestAdapter().catch(() => null);
  return adapter ? "webgpu" : "wasm";
}

/** Whether the model's weights are already in the browser's Cache Storage (Transformers.js's cache). */
export async function isModelCached(model: ModelRef, device: BrowserDevice): Promise<boolean> {
  if (typeof caches === "undefined") return false;
  const cache = await caches.open("transformers-cache");
  const url = `${location.origin}/api/models/${model.id}/resolve/${model.revision}/${model.weights[dtypeFor(model, device)]}`;
  return (await cache.match(url)) !== undefined;
}

export function runLocally(
  task: LocalTask,
  model: ModelRef,
  ortWasm: Manifest["ortWasm"],
  device: BrowserDevice,
  input: unknown,
  onProgress?: (p: Progress) => void,
): Promise<{ output: unknown; device: BrowserDevice }> {
  const requestId = nextRequestId++;
  const request: RunRequest = { type: "run", requestId, task, model, device, ortWasm, input };
  return new Promise((resolve, reject) => {
    pending.set(requestId, { resolve, reject, onProgress });
    getWorker().postMessage(request);
  });
}
