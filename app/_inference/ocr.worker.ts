/// <reference lib="webworker" />
// PaddleOCR in the browser: onnxruntime-web (the same build Transformers.js uses) with the pipeline the server runs.
import * as ort from "onnxruntime-web/webgpu";
import { createOcrPipeline, type OcrOrt, type OcrPipeline } from "@/server/inference/ocr/pipeline";
import type { OcrModelRef, OcrRequest, WorkerMessage } from "./protocol";

declare const self: DedicatedWorkerGlobalScope;

const CACHE = "lumen-ocr-models";
let loaded: { key: string; pipeline: Promise<OcrPipeline> } | null = null;

/** Model files from our server, kept in Cache Storage so a second visit downloads nothing. */
async function fetchFile(model: OcrModelRef, path: string, requestId: number): Promise<Response> {
  const url = `${self.location.origin}/api/models/${model.id}/resolve/${model.revision}/${path}`;
  const cache = await caches.open(CACHE);
  const hit = await cache.match(url);
  if (hit) return hit;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  await cache.put(url, response.clone());
  self.postMessage({ type: "progress", requestId, file: path, loaded: 1, total: 1 } satisfies WorkerMessage);
  return response;
}

function loadPipeline(request: OcrRequest): Promise<OcrPipeline> {
  const key = `${request.model.id}@${request.model.revision}`;
  if (loaded?.key === key) return loaded.pipeline;
  ort.env.wasm.wasmPaths = { ...request.ortWasm };
  const { files } = request.model;
  const bytes = (path: string) => fetchFile(request.model, path, request.requestId).then((r) => r.arrayBuffer());
  const pipeline = Promise.all([bytes(files.detection), bytes(files.recognition), bytes(files.classifier), fetchFile(request.model, files.dictionary, request.requestId).then((r) => r.text())]).then(
    ([detection, recognition, classifier, dictionary]) => createOcrPipeline(ort as unknown as OcrOrt, { detection, recognition, classifier, dictionary }),
  );
  pipeline.catch(() => (loaded = null));
  loaded = { key, pipeline };
  return pipeline;
}

async function decode(image: Blob) {
  const bitmap = await createImageBitmap(image);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser cannot decode images in a worker.");
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

self.addEventListener("message", (event: MessageEvent<OcrRequest>) => {
  const request = event.data;
  if (request.type !== "ocr") return;
  Promise.all([loadPipeline(request), decode(request.image)])
    .then(([pipeline, pixels]) => pipeline.recognize(pixels))
    .then(
      (result) => self.postMessage({ type: "result", requestId: request.requestId, output: { text: result.text, lines: result.lines.map((l) => ({ text: l.text, score: l.confidence })) }, device: "wasm" } satisfies WorkerMessage),
      (error: unknown) => self.postMessage({ type: "error", requestId: request.requestId, message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage),
    );
});
