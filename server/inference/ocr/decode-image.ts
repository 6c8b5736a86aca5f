import sharp from "sharp";
import { OcrImageError } from "./errors";
import { checkEncodedImage, checkPixelCount } from "./image-format";
import { OCR_MAX_IMAGE_PIXELS } from "./limits";
import type { DecodedImage } from "./types";

/**
 * PNG, JPEG or WebP bytes → RGBA pixels, turned upright by the EXIF orientation (phone photos of receipts).
 * Throws `OcrImageError` for anything that is not a readable image within the byte and pixel limits.
 */
export async function decodeImage(bytes: Uint8Array): Promise<DecodedImage> {
  checkEncodedImage(bytes);
  // failOn "error": tolerate libjpeg's "extraneous bytes" warnings common in camera files, reject real damage.
  const options = { failOn: "error", limitInputPixels: OCR_MAX_IMAGE_PIXELS, pages: 1 } as const;
  let width: number;
  let height: number;
  try {
    ({ width, height } = await sharp(bytes, { ...options, limitInputPixels: false }).metadata());
  } catch (cause) {
    throw new OcrImageError("corrupt", "the image cannot be read", { cause });
  }
  checkPixelCount(width, height);
  try {
    const { data, info } = await sharp(bytes, options).autoOrient().toColourspace("srgb").ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  } catch (cause) {
    throw new OcrImageError("corrupt", "the image is damaged or truncated", { cause });
  }
}
