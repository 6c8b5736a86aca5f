/** Decoded pixels, row-major RGBA (the layout of a browser `ImageData`). */
export interface DecodedImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

export type Point = [x: number, y: number];

export interface OcrLine {
  /** NFKC-normalized text of one detected text box. */
  text: string;
  /** Mean per-character probability, 0–1. */
  confidence: number;
  /** Corners clockwise from top-left, in input image pixels. */
  box: Point[];
}

export interface OcrResult {
  /** Lines in reading order; boxes on the same row joined by a space, rows by "\n". */
  text: string;
  lines: OcrLine[];
  width: number;
  height: number;
  durationMs: number;
}

export interface OcrRecognizeOptions {
  /** Lines below this confidence are dropped (PaddleOCR `drop_score`). Default 0.5. */
  minConfidence?: number;
  /** Longest side the detector sees; larger images are scaled down for detection only. Default 960. */
  maxSideLength?: number;
  /** Run the 0°/180° classifier on each text box and turn upside-down boxes. Default true. */
  detectUpsideDown?: boolean;
}

/** The model files as bytes: what both onnxruntime-node and onnxruntime-web sessions are created from. */
export interface OcrModelBuffers {
  detection: ArrayBuffer;
  recognition: ArrayBuffer;
  /** Text line direction (0°/180°) classifier; optional. */
  classifier?: ArrayBuffer;
  /** `ppocr_keys_v1.txt`: one character per line. */
  dictionary: string;
}
