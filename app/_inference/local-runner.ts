// The page side of in-browser inference: the server's model manifest, device and cache checks, and one
// target per task that knows how to run it on a device.
import { dtypeFor, type BrowserDevice, type LocalTask, type ModelRef, type OcrModelRef, type PipelineTask } from "./protocol";
import { WorkerClient, type Progress } from "./worker-client";

export type { Progress } from "./worker-client";

interface Manifest {
  models: (ModelRef & { task: string })[];
  ocr: OcrModelRef | null;
  ortWasm: { mjs: string; wasm: string };
}

export interface LocalTarget {
  model: string;
  tiny: boolean;
  bytes: number;
  /** Devices to try, best first. */
  devices: BrowserDevice[];
  isCached(device: BrowserDevice): Promise<boolean>;
  run(device: BrowserDevice, input: unknown, onProgress?: (p: Progress) => void): Promise<{ output: unknown; device: BrowserDevice }>;
}

const pipelineWorker = new WorkerClient(() => new Worker(new URL("./inference.worker.ts", import.meta.url), { type: "module" }));
const ocrWorker = new WorkerClient(() => new Worker(new URL("./ocr.worker.ts", import.meta.url), { type: "module" }));
let manifest: Promise<Manifest> | null = null;

function loadManifest(): Promise<Manifest> {
  manifest ??= fetch("/api/models").then((r) => {
    if (!r.ok) throw new Error(`model manifest: HTTP ${r.status}`);
    return r.json() as Promise<Manifest>;
  });
  manifest.catch(() => (manifest = null));
  return manifest;
}

/** WebGPU when the browser exposes an adapter, else WebAssembly. */
async function detectDevices(): Promise<BrowserDevice[]> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  const adapter = gpu ? await gpu.requestAdapter().catch(() => null) : null;
  return adapter ? ["webgpu", "wasm"] : ["wasm"];
}

async function inCache(cacheName: string, url: string): Promise<boolean> {
  if (typeof caches === "undefined") return false;
  return (await (await caches.open(cacheName)).match(url)) !== undefined;
}

const fileUrl = (id: string, revision: string, path: string) => `${location.origin}/api/models/${id}/resolve/${revision}/${path}`;

function pipelineTarget(task: PipelineTask, model: ModelRef, ortWasm: Manifest["ortWasm"], devices: BrowserDevice[]): LocalTarget {
  return {
    model: model.id,
    tiny: model.tiny,
    bytes: model.bytes,
    devices,
    isCached: (device) => inCache("transformers-cache", fileUrl(model.id, model.revision, model.weights[dtypeFor(model, device)] ?? "")),
    run: (device, input, onProgress) => pipelineWorker.call({ type: "run", task, model, device, ortWasm, input }, onProgress),
  };
}

function ocrTarget(model: OcrModelRef, ortWasm: Manifest["ortWasm"]): LocalTarget {
  return {
    model: model.id,
    tiny: false,
    bytes: model.bytes,
    devices: ["wasm"],
    isCached: () => inCache("lumen-ocr-models", fileUrl(model.id, model.revision, model.files.recognition)),
    run: (_device, input, onProgress) => ocrWorker.call({ type: "ocr", model, ortWasm, image: (input as { file: Blob }).file }, onProgress),
  };
}

/** How this browser could run `task` itself, or null when the server offers no model for it. */
export async function localTargetFor(task: LocalTask): Promise<LocalTarget | null> {
  const { models, ocr, ortWasm } = await loadManifest();
  if (task === "ocr") return ocr ? ocrTarget(ocr, ortWasm) : null;
  const model = models.find((m) => m.task === task);
  return model ? pipelineTarget(task, model, ortWasm, await detectDevices()) : null;
}
