import { getInference, INPUT_LIMITS } from "@/server/inference";

export interface Embeddings {
  vectors: number[][];
  model: string;
  tiny: boolean;
}
/** Turns texts into vectors; the default goes through the inference runtime, tests pass their own. */
export type Embedder = (texts: string[]) => Promise<Embeddings>;

export const inferenceEmbedder: Embedder = async (texts) => {
  const result = await getInference().run("embeddings", { texts });
  return { vectors: result.vectors, model: result.model, tiny: result.tiny };
};

/** Embeds in batches the runtime accepts; null when inference fails (callers index full-text only). */
export async function embedAll(texts: string[], embed: Embedder): Promise<{ vectors: Float32Array[]; model: string; tiny: boolean } | null> {
  if (texts.length === 0) return null;
  try {
    const vectors: Float32Array[] = [];
    let model = "";
    let tiny = false;
    for (let start = 0; start < texts.length; start += INPUT_LIMITS.embeddingTexts) {
      const batch = texts.slice(start, start + INPUT_LIMITS.embeddingTexts).map((t) => t.slice(0, INPUT_LIMITS.textChars));
      const result = await embed(batch);
      vectors.push(...result.vectors.map((v) => Float32Array.from(v)));
      ({ model, tiny } = result);
    }
    return { vectors, model, tiny };
  } catch (error) {
    console.warn(`[kb] embeddings unavailable, indexing full-text only: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

export function encodeVector(vector: Float32Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(vector.length * 4);
  const view = new DataView(bytes.buffer);
  vector.forEach((value, i) => view.setFloat32(i * 4, value, true));
  return bytes;
}

export function decodeVector(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float32Array.from({ length: bytes.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true));
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
