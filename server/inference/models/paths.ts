import { isAbsolute, join, resolve, sep } from "node:path";

type Env = Record<string, string | undefined>;

/** Absolute models folder: `MODELS_DIR`, default `./models` relative to the working directory. */
export function resolveModelsDir(env: Env = process.env): string {
  return resolve(/*turbopackIgnore: true*/ process.cwd(), env.MODELS_DIR?.trim() || "./models");
}

/** `<modelsDir>/<owner>/<name>`, the layout Transformers.js reads with `env.localModelPath = modelsDir`. */
export function modelDir(modelsDir: string, id: string): string {
  return safeJoin(modelsDir, id);
}

export function modelFilePath(modelsDir: string, id: string, file: string): string {
  return safeJoin(modelDir(modelsDir, id), file);
}

export function lockFilePath(modelsDir: string): string {
  return join(modelsDir, "manifest.lock.json");
}

/** Joins relative segments, refusing anything that would escape `base`. */
export function safeJoin(base: string, relative: string): string {
  if (isAbsolute(relative) || relative.split(/[\\/]/).includes("..")) {
    throw new Error(`unsafe path "${relative}"`);
  }
  const full = resolve(base, relative);
  if (full !== resolve(base) && !full.startsWith(resolve(base) + sep)) throw new Error(`unsafe path "${relative}"`);
  return full;
}
