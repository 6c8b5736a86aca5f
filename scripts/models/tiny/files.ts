import type { GraphBuilder } from "./onnx-builder";

/** Relative path inside the model folder → file content. */
export type TinyModelFiles = Record<string, string | Uint8Array>;

/** Stable, human-readable JSON (stable bytes keep the generated hashes fixed). */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `onnx/<name>.onnx` (fp32) and `onnx/<name>_quantized.onnx` (q8), the two files Transformers.js asks for. */
export function onnxPair(name: string, graph: GraphBuilder): TinyModelFiles {
  return {
    [`onnx/${name}.onnx`]: graph.encode({ quantized: false }),
    [`onnx/${name}_quantized.onnx`]: graph.encode({ quantized: true }),
  };
}
