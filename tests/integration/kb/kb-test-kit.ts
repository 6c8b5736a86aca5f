import { readFile } from "node:fs/promises";
import path from "node:path";
import { getInference } from "@/server/inference";
import type { Db } from "@/server/db";
import { importKnowledge, type Embedder } from "@/server/kb";
import { tempModelsDir } from "@/tests/helpers/inference";

import { SUPPORT_KB_DIR } from "@/tests/helpers/fixtures";

export { SUPPORT_KB_DIR };

export const readFixture = (language: "en" | "zh") => readFile(path.join(SUPPORT_KB_DIR, `lumen-faq.${language}.md`), "utf8");

/** Tiny models in a temp MODELS_DIR, set before the first getInference() (which reads the environment once). */
export async function useTinyEmbeddings(): Promise<() => Promise<void>> {
  const models = await tempModelsDir();
  Object.assign(process.env, { MODELS_DIR: models.dir, MODELS_PROFILE: "tiny", INFERENCE_TRANSPORT: "embedded", INFERENCE_WORKERS: "1", INFERENCE_DEVICE: "cpu", INFERENCE_THREADS: "1" });
  return async () => {
    await getInference().close();
    await models.remove();
  };
}

export async function importFixture(db: Db, organizationId: string, embed?: Embedder) {
  for (const language of ["en", "zh"] as const) {
    await importKnowledge(db, { organizationId, actorId: null, embed }, { fileName: `lumen-faq.${language}.md`, content: await readFixture(language), language });
  }
}

export const failingEmbedder: Embedder = async () => {
  throw new Error("inference is down");
};
