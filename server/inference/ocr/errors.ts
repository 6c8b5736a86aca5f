export type OcrImageErrorCode = "empty" | "too_many_bytes" | "too_many_pixels" | "unsupported_format" | "corrupt";

/** The image cannot be read: callers map it to a 400/422, never a 500. */
export class OcrImageError extends Error {
  override readonly name = "OcrImageError";
  constructor(
    readonly code: OcrImageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isOcrImageError(error: unknown): error is OcrImageError {
  return error instanceof OcrImageError;
}
