import { decodeImageInput, InferenceError } from "@/server/inference";
import { DomainError } from "@/server/errors";
import type { ChatDeps } from "./deps";

/** Attachments are stored in the database, so they are kept smaller than what the inference runtime accepts. */
export const ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024;
const LABELS_KEPT = 3;

export interface AnalyzedImage {
  mimeType: string;
  bytes: Uint8Array<ArrayBuffer>;
  ocrText: string | null;
  labels: { label: string; score: number }[];
}

const badImage = (detail: string) =>
  new DomainError("BAD_REQUEST", `The image cannot be used: ${detail}. Attach a JPEG, PNG or WebP of at most 2 MB.`, "support.errors.badImage");

/** Decodes and checks an attached image, then reads its text (OCR) and labels it; a failed model leaves that part empty. */
export async function analyzeImage(deps: ChatDeps, base64: string): Promise<AnalyzedImage> {
  const image = await decodeImageInput(base64).catch((error: unknown) => {
    throw error instanceof InferenceError ? badImage(error.message) : error;
  });
  if (image.bytes.byteLength > ATTACHMENT_MAX_BYTES) throw badImage(`it is ${image.bytes.byteLength} bytes`);
  const [ocr, classification] = await Promise.all([
    deps.inference.run("ocr", { image: image.bytes }).catch(logged("OCR")),
    deps.inference.run("image-classification", { image: image.bytes, topK: LABELS_KEPT }).catch(logged("classification")),
  ]);
  return {
    mimeType: `image/${image.format}`,
    bytes: new Uint8Array(image.bytes),
    ocrText: ocr?.text.trim() || null,
    labels: classification?.labels ?? [],
  };
}

const logged = (what: string) => (error: unknown) => {
  console.warn(`support chat: image ${what} failed, continuing without it:`, (error as Error).message);
  return null;
};
