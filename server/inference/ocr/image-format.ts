import { OcrImageError } from "./errors";
import { OCR_MAX_IMAGE_BYTES, OCR_MAX_IMAGE_PIXELS } from "./limits";
import type { DecodedImage } from "./types";

export const OCR_IMAGE_FORMATS = ["png", "jpeg", "webp"] as const;
export type OcrImageFormat = (typeof OCR_IMAGE_FORMATS)[number];

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte);

/** Format from the magic bytes, or null: the file name and MIME type sent by a client are not trusted. */
export function sniffImageFormat(bytes: Uint8Array): OcrImageFormat | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

/** Checks an encoded image before decoding: size, then format. */
export function checkEncodedImage(bytes: Uint8Array): OcrImageFormat {
  if (bytes.byteLength === 0) throw new OcrImageError("empty", "the image is empty");
  if (bytes.byteLength > OCR_MAX_IMAGE_BYTES) {
    throw new OcrImageError("too_many_bytes", `the image is ${bytes.byteLength} bytes; the limit is ${OCR_MAX_IMAGE_BYTES}`);
  }
  const format = sniffImageFormat(bytes);
  if (!format) throw new OcrImageError("unsupported_format", "unsupported image format: send PNG, JPEG or WebP");
  return format;
}

export function checkPixelCount(width: number, height: number): void {
  if (width * height > OCR_MAX_IMAGE_PIXELS) {
    throw new OcrImageError(
      "too_many_pixels",
      `the image is ${width}×${height} (${(width * height / 1e6).toFixed(1)} MP); the limit is ${OCR_MAX_IMAGE_PIXELS / 1e6} MP`,
    );
  }
}

/** Checks decoded pixels handed in directly (a browser `ImageData`, a caller's own decoder). */
export function checkDecodedImage(image: DecodedImage): void {
  const { width, height, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new OcrImageError("corrupt", `invalid image size ${width}×${height}`);
  }
  checkPixelCount(width, height);
  if (data.length !== width * height * 4) {
    throw new OcrImageError("corrupt", `expected ${width * height * 4} RGBA bytes for ${width}×${height}, got ${data.length}`);
  }
}

/** RGBA → RGB composited over white, so transparent screenshots keep dark text on a light ground. */
export function rgbaToRgbOnWhite(image: DecodedImage): Uint8Array {
  const { data } = image;
  const pixels = image.width * image.height;
  const rgb = new Uint8Array(pixels * 3);
  for (let p = 0, s = 0, d = 0; p < pixels; p++, s += 4, d += 3) {
    const alpha = data[s + 3]!;
    if (alpha === 255) {
      rgb[d] = data[s]!;
      rgb[d + 1] = data[s + 1]!;
      rgb[d + 2] = data[s + 2]!;
    } else {
      const white = 255 - alpha;
      rgb[d] = (data[s]! * alpha + 255 * white + 127) / 255;
      rgb[d + 1] = (data[s + 1]! * alpha + 255 * white + 127) / 255;
      rgb[d + 2] = (data[s + 2]! * alpha + 255 * white + 127) / 255;
    }
  }
  return rgb;
}
