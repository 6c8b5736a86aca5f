import { readFile } from "node:fs/promises";
import { type InferenceTask, type ModelSpec, TINY_MARKER_FILE, TINY_MODELS, resolveModel } from "../registry";
import { modelFilePath, resolveModelsDir } from "./paths";
import { type Presence, modelPresence } from "./verify";

type Env = Record<string, string | undefined>;

export interface ModelSelection {
  spec: ModelSpec;
  presence: Presence;
  /** true when the configured model is missing and the tiny demo model stands in for it. */
  fallback: boolean;
  configured: ModelSpec;
}

/** The configured model when its files are present; otherwise the tiny demo model when that is present. */
export async function selectModel(
  task: InferenceTask,
  options: { env?: Env; modelsDir?: string } = {},
): Promise<ModelSelection> {
  const env = options.env ?? process.env;
  const modelsDir = options.modelsDir ?? resolveModelsDir(env);
  const configured = resolveModel(task, env);
  const presence = await modelPresence(configured, modelsDir);
  const tiny = TINY_MODELS[task];
  if (presence !== "present" && tiny && tiny.id !== configured.id && (await modelPresence(tiny, modelsDir)) === "present") {
    return { spec: tiny, presence: "present", fallback: true, configured };
  }
  return { spec: configured, presence, fallback: false, configured };
}

export interface TinyMarker {
  lumenTiny: true;
  id: string;
  task: InferenceTask;
  description: string;
  generatorVersion: number;
  files: Record<string, string>;
}

/** The `lumen-tiny.json` marker of a model folder, or null for real models / missing folders. */
export async function readTinyMarker(modelsDir: string, id: string): Promise<TinyMarker | null> {
  try {
    const marker = JSON.parse(await readFile(modelFilePath(modelsDir, id, TINY_MARKER_FILE), "utf8")) as TinyMarker;
    return marker.lumenTiny === true ? marker : null;
  } catch {
    return null;
  }
}
