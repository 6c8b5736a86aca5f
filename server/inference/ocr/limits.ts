/** Largest encoded image accepted (10 MiB): a phone photo of a receipt fits, an archive does not. */
export const OCR_MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Largest decoded image accepted (40 megapixels, 160 MB as RGBA). */
export const OCR_MAX_IMAGE_PIXELS = 40_000_000;
/** Longest side the text detector sees by default; PaddleOCR's own default. */
export const OCR_DEFAULT_MAX_SIDE = 960;
/** Recognized boxes below this mean character probability are dropped by default. */
export const OCR_DEFAULT_MIN_CONFIDENCE = 0.5;
