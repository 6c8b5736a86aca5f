import sharp, { type Metadata } from "sharp";
import { InferenceError } from "./errors";
import { INPUT_LIMITS } from "./inputs";

const FORMATS = new Set(["jpeg", "png", "webp"]);
const DATA_URL = /^data:image\/[a-z+]+;base64,/i;
/** Longest base64 text (with a data-URL prefix) that can hold INPUT_LIMITS.imageBytes. */
export const MAX_IMAGE_BASE64_CHARS = Math.ceil(INPUT_LIMITS.imageBytes / 3) * 4 + 64;

export interface DecodedImage {
  bytes: Uint8Array;
  format: string;
  width: number;
  height: number;
}

/** Base64 (or a data URL) → bytes of a JPEG, PNG or WebP within the byte and pixel limits; anything else is BAD_INPUT. */
export async function decodeImageInput(base64: string): Promise<DecodedImage> {
  const payload = base64.replace(DATA_URL, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(payload)) throw new InferenceError("BAD_INPUT", "image must be base64-encoded");
  const bytes = new Uint8Array(Buffer.from(payload, "base64"));
  if (bytes.byteLength > INPUT_LIMITS.imageBytes) {
    throw new InferenceError("BAD_INPUT", `image is ${bytes.byteLength} bytes; the limit is ${INPUT_LIMITS.imageBytes}`);
  }
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: INPUT_LIMITS.imagePixels }).metadata();
    // metadata() reads headers only; decoding the pixels catches truncated or corrupt bodies.
    await sharp(bytes, { limitInputPixels: INPUT_LIMITS.imagePixels }).raw().toBuffer();
  } catch (error) {
    throw new InferenceError("BAD_INPUT", `the image could not be decoded: ${(error as Error).message}`, { cause: error });
  }
  if (!meta.format || !FORMATS.has(meta.format)) throw new InferenceError("BAD_INPUT", `image format ${meta.format ?? "unknown"} is not supported; use JPEG, PNG or WebP`);
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > INPUT_LIMITS.imagePixels) throw new InferenceError("BAD_INPUT", `image is ${width}×${height}; the limit is ${INPUT_LIMITS.imagePixels} pixels`);
  return { bytes, format: meta.format, width, height };
}
