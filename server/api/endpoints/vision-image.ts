import sharp from "sharp";
import { INPUT_LIMITS } from "@/server/inference";
import { badRequest } from "../errors";

const FORMATS: { format: "jpeg" | "png" | "webp"; signature: number[]; offset?: number }[] = [
  { format: "png", signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: "jpeg", signature: [0xff, 0xd8, 0xff] },
  { format: "webp", signature: [0x57, 0x45, 0x42, 0x50], offset: 8 },
];

const hasSignature = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);

/**
 * Accepts an uploaded image only when it is a JPEG, PNG or WebP (by its bytes, not its name), within the
 * byte and pixel limits, and its header reads; a body that fails to decode later is the runtime's BAD_INPUT (400).
 */
export async function checkImage(bytes: Uint8Array, param: string): Promise<void> {
  if (bytes.byteLength === 0) throw badRequest("The image is empty.", param, "invalid_image");
  if (bytes.byteLength > INPUT_LIMITS.imageBytes) {
    throw badRequest(`The image is ${bytes.byteLength} bytes; the limit is ${INPUT_LIMITS.imageBytes} bytes.`, param, "image_too_large");
  }
  const known = FORMATS.find((f) => hasSignature(bytes, f.signature, f.offset) && (f.format !== "webp" || hasSignature(bytes, [0x52, 0x49, 0x46, 0x46])));
  if (!known) throw badRequest("Unsupported image format: send a JPEG, PNG or WebP image.", param, "unsupported_image_format");
  let width = 0;
  let height = 0;
  try {
    ({ width, height } = await sharp(bytes, { limitInputPixels: false }).metadata());
  } catch {
    throw badRequest("The image could not be read; it looks corrupt.", param, "invalid_image");
  }
  if (width * height > INPUT_LIMITS.imagePixels) {
    throw badRequest(`The image is ${width}×${height} pixels; the limit is ${INPUT_LIMITS.imagePixels} pixels.`, param, "image_too_large");
  }
}
