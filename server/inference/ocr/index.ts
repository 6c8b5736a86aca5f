// Offline OCR (PaddleOCR PP-OCRv4, Chinese + English). Node entry: onnxruntime-node sessions, sharp decoding,
// model files from MODELS_DIR or the npm package. `./pipeline`, `./image-format`, `./text` are runtime-agnostic.
export { createOcrEngine } from "./engine";
export type { CreateOcrEngineOptions, OcrEngine } from "./engine";
export { decodeImage } from "./decode-image";
export { OCR_MODEL_FILES, OcrModelsNotFoundError, locateOcrModels } from "./locate-models";
export type { OcrModelLocation, OcrModelRole } from "./locate-models";
export { OcrImageError, isOcrImageError } from "./errors";
export type { OcrImageErrorCode } from "./errors";
export { OCR_IMAGE_FORMATS, sniffImageFormat } from "./image-format";
export type { OcrImageFormat } from "./image-format";
export { OCR_DEFAULT_MAX_SIDE, OCR_DEFAULT_MIN_CONFIDENCE, OCR_MAX_IMAGE_BYTES, OCR_MAX_IMAGE_PIXELS } from "./limits";
export { createOcrPipeline } from "./pipeline";
export type { OcrOrt, OcrPipeline } from "./pipeline";
export { normalizeRecognizedText } from "./text";
export type { DecodedImage, OcrLine, OcrModelBuffers, OcrRecognizeOptions, OcrResult, Point } from "./types";
