// Runtime-agnostic OCR: takes an onnxruntime module (onnxruntime-node or onnxruntime-web), model bytes and
// decoded pixels. No Node imports here: the browser worker builds the same pipeline.
import { PaddleOcrService, type OrtModule, type RecognitionResult, type TextLineOrientationServiceOptions } from "paddleocr";
import { checkDecodedImage, rgbaToRgbOnWhite } from "./image-format";
import { OCR_DEFAULT_MAX_SIDE, OCR_DEFAULT_MIN_CONFIDENCE } from "./limits";
import { groupIntoRows, normalizeRecognizedText, parseDictionary } from "./text";
import type { DecodedImage, OcrLine, OcrModelBuffers, OcrRecognizeOptions, OcrResult, Point } from "./types";

export type OcrOrt = OrtModule;

const SMALL_IMAGE_SIDE = 64;

export interface OcrPipeline {
  recognize(image: DecodedImage, options?: OcrRecognizeOptions): Promise<OcrResult>;
  dispose(): Promise<void>;
}

/** `ch_ppocr_mobile_v2.0_cls`: 48×192 input, height-fit then right-padded, (x/255 − 0.5)/0.5 on BGR. */
function directionClassifier(modelBuffer: ArrayBuffer): TextLineOrientationServiceOptions {
  return {
    modelBuffer,
    imageHeight: 48,
    imageWidth: 192,
    resizeMode: "pad",
    mean: [127.5, 127.5, 127.5],
    stdDeviation: [1 / 127.5, 1 / 127.5, 1 / 127.5],
    channelOrder: "bgr",
    labels: ["0", "180"],
    threshold: 0.9,
  };
}

/**
 * PP-OCRv4 through paddleocr.js. The v4 models share the v5 mobile pre/post-processing (BGR, DB detection with
 * the longest side capped at 960, 48-pixel-high CTC recognition); only the dictionary differs, so it is passed in.
 */
export async function createOcrPipeline(ort: OcrOrt, models: OcrModelBuffers): Promise<OcrPipeline> {
  const service = await PaddleOcrService.createInstance({
    ort,
    modelPreset: "PP-OCRv5_mobile",
    detection: { modelBuffer: models.detection, maxSideLength: OCR_DEFAULT_MAX_SIDE },
    recognition: { modelBuffer: models.recognition, charactersDictionary: parseDictionary(models.dictionary) },
    textlineOrientation: models.classifier ? directionClassifier(models.classifier) : undefined,
  });
  const hasClassifier = models.classifier !== undefined;

  return {
    async recognize(image, options = {}) {
      const started = performance.now();
      checkDecodedImage(image);
      const rgb = { width: image.width, height: image.height, data: rgbaToRgbOnWhite(image) };
      const raw = await service.recognize(rgb, {
        detection: detectionResize(image, options.maxSideLength ?? OCR_DEFAULT_MAX_SIDE),
        ...(hasClassifier ? { textlineOrientation: { enabled: options.detectUpsideDown ?? true } } : {}),
      });
      const lines = toLines(raw, options.minConfidence ?? OCR_DEFAULT_MIN_CONFIDENCE);
      const text = groupIntoRows(lines)
        .map((row) => row.items.map((line) => line.text).join(" "))
        .join("\n");
      return { text, lines, width: image.width, height: image.height, durationMs: performance.now() - started };
    },
    async dispose() {
      await service.destroy();
      await service.textlineOrientationSession?.release?.();
    },
  };
}

/**
 * Large images: longest side capped (speed, memory). Small ones (a cropped line, a chat snippet) are scaled up to
 * a 64-pixel short side instead: the detector rounds sides to multiples of 32, which would shrink a 42-pixel
 * strip to 32 and lose 14-pixel text entirely.
 */
function detectionResize(image: DecodedImage, maxSideLength: number) {
  if (Math.min(image.width, image.height) < SMALL_IMAGE_SIDE) return { limitType: "min", maxSideLength: SMALL_IMAGE_SIDE } as const;
  return { limitType: "max", maxSideLength } as const;
}

function toLines(results: RecognitionResult[], minConfidence: number): OcrLine[] {
  return results
    .filter((r) => r.confidence >= minConfidence)
    .map((r) => ({ text: normalizeRecognizedText(r.text), confidence: r.confidence, box: corners(r) }))
    .filter((line) => line.text.length > 0);
}

function corners({ box }: RecognitionResult): Point[] {
  const round = (p: { x: number; y: number }): Point => [Math.round(p.x), Math.round(p.y)];
  if (box.points) return box.points.map(round);
  const { x, y, width, height } = box;
  return [round({ x, y }), round({ x: x + width, y }), round({ x: x + width, y: y + height }), round({ x, y: y + height })];
}
