import { readFile } from "node:fs/promises";
import * as ort from "onnxruntime-node";
import type { OrtInferenceSession } from "paddleocr";
import { decodeImage } from "./decode-image";
import { locateOcrModels, type OcrModelLocation } from "./locate-models";
import { createOcrPipeline, type OcrOrt, type OcrPipeline } from "./pipeline";
import type { DecodedImage, OcrModelBuffers, OcrRecognizeOptions, OcrResult } from "./types";

export interface OcrEngine {
  readonly models: OcrModelLocation;
  /** Encoded bytes (PNG/JPEG/WebP, decoded here) or RGBA pixels. Calls on one engine run one at a time. */
  recognize(image: Uint8Array | DecodedImage, options?: OcrRecognizeOptions): Promise<OcrResult>;
  /** Releases this handle; the sessions are freed when the last handle on the model folder is disposed. */
  dispose(): Promise<void>;
}

export interface CreateOcrEngineOptions {
  /** Folder holding `assets/*.onnx` and `assets/ppocr_keys_v1.txt`; default: see `locateOcrModels`. */
  modelDir?: string;
  env?: Record<string, string | undefined>;
}

interface SharedPipeline {
  models: OcrModelLocation;
  pipeline: Promise<OcrPipeline>;
  handles: number;
  queue: Promise<unknown>;
}

const shared = new Map<string, SharedPipeline>();

/** An OCR engine over onnxruntime-node; models load once per folder and are shared by every engine on it. */
export async function createOcrEngine(options: CreateOcrEngineOptions = {}): Promise<OcrEngine> {
  const models = await locateOcrModels(options);
  let entry = shared.get(models.dir);
  if (!entry) {
    const pipeline = loadPipeline(models);
    entry = { models, pipeline, handles: 0, queue: Promise.resolve() };
    shared.set(models.dir, entry);
    pipeline.catch(() => shared.delete(models.dir));
  }
  const current = entry;
  current.handles++;
  let pipeline: OcrPipeline;
  try {
    pipeline = await current.pipeline;
  } catch (error) {
    current.handles--;
    throw error;
  }
  let disposed = false;

  return {
    models,
    async recognize(image, recognizeOptions) {
      if (disposed) throw new Error("this OCR engine was disposed");
      const pixels = image instanceof Uint8Array ? await decodeImage(image) : image;
      const run = current.queue.then(() => pipeline.recognize(pixels, recognizeOptions));
      current.queue = run.catch(() => undefined);
      return run;
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      if (--current.handles > 0) return;
      shared.delete(models.dir);
      await current.queue;
      await pipeline.dispose();
    },
  };
}

async function loadPipeline(models: OcrModelLocation): Promise<OcrPipeline> {
  const [detection, recognition, classifier, dictionary] = await Promise.all([
    readArrayBuffer(models.files.detection),
    readArrayBuffer(models.files.recognition),
    readArrayBuffer(models.files.classifier),
    readFile(models.files.dictionary, "utf8"),
  ]);
  const buffers: OcrModelBuffers = { detection, recognition, classifier, dictionary };
  return createOcrPipeline(nodeOrt, buffers);
}

/**
 * onnxruntime-node as paddleocr's `ort`. The cast: ORT types `inputMetadata` as tensor | non-tensor metadata,
 * paddleocr declares tensor metadata only (it reads `shape` when present).
 */
const nodeOrt: OcrOrt = {
  Tensor: ort.Tensor,
  InferenceSession: {
    create: async (modelBuffer: ArrayBuffer) =>
      (await ort.InferenceSession.create(modelBuffer)) as unknown as OrtInferenceSession,
  },
};

async function readArrayBuffer(path: string): Promise<ArrayBuffer> {
  const bytes = await readFile(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
