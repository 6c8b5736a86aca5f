import { DataType, type GraphBuilder } from "../../scripts/models/tiny/onnx-builder";

export interface EncoderShape {
  layers: number;
  hidden: number;
  heads: number;
  ffn: number;
}

/** Deterministic N(0, scale)-ish weights: realistic FLOPs, meaningless outputs. */
export function randomWeights(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
  return (count: number, scale = 0.04) => Float32Array.from({ length: count }, () => next() * scale);
}

/**
 * Post-LayerNorm transformer encoder layers (BERT/DistilBERT/ViT arithmetic): x [batch, seq, hidden] →
 * same shape. `maskBias` is [batch, 1, 1, seq] added to attention scores, or null.
 */
export function encoderLayers(g: GraphBuilder, x: string, maskBias: string | null, shape: EncoderShape, seed: number): string {
  const { layers, hidden, heads, ffn } = shape;
  const headDim = hidden / heads;
  const rand = randomWeights(seed);
  const splitHeads = g.int64("split_heads_shape", [4], [0, 0, heads, headDim]);
  const mergeHeads = g.int64("merge_heads_shape", [3], [0, 0, hidden]);
  const scale = g.float("attention_scale", [], [1 / Math.sqrt(headDim)]);
  const half = g.float("gelu_half", [], [0.5]);
  const one = g.float("gelu_one", [], [1]);
  const invSqrt2 = g.float("gelu_inv_sqrt2", [], [Math.SQRT1_2]);
  const linear = (input: string, name: string, inDim: number, outDim: number) =>
    g.op("Add", [g.op("MatMul", [input, g.float(`${name}_w`, [inDim, outDim], rand(inDim * outDim))]), g.float(`${name}_b`, [outDim], rand(outDim))]);
  const layerNorm = (input: string, name: string) =>
    g.op("LayerNormalization", [input, g.float(`${name}_gamma`, [hidden], new Float32Array(hidden).fill(1)), g.float(`${name}_beta`, [hidden], new Float32Array(hidden))], {
      axis: { i: -1 },
      epsilon: { f: 1e-12 },
    });
  const heads4 = (input: string, perm: number[]) => g.op("Transpose", [g.op("Reshape", [input, splitHeads])], { perm: { ints: perm } });

  let h = x;
  for (let l = 0; l < layers; l++) {
    const q = heads4(linear(h, `l${l}_q`, hidden, hidden), [0, 2, 1, 3]);
    const kT = heads4(linear(h, `l${l}_k`, hidden, hidden), [0, 2, 3, 1]);
    const v = heads4(linear(h, `l${l}_v`, hidden, hidden), [0, 2, 1, 3]);
    let scores = g.op("Mul", [g.op("MatMul", [q, kT]), scale]);
    if (maskBias) scores = g.op("Add", [scores, maskBias]);
    const context = g.op("MatMul", [g.op("Softmax", [scores], { axis: { i: -1 } }), v]);
    const merged = g.op("Reshape", [g.op("Transpose", [context], { perm: { ints: [0, 2, 1, 3] } }), mergeHeads]);
    h = layerNorm(g.op("Add", [h, linear(merged, `l${l}_o`, hidden, hidden)]), `l${l}_ln1`);
    const up = linear(h, `l${l}_ffn_up`, hidden, ffn);
    const gelu = g.op("Mul", [g.op("Mul", [up, half]), g.op("Add", [one, g.op("Erf", [g.op("Mul", [up, invSqrt2])])])]);
    h = layerNorm(g.op("Add", [h, linear(gelu, `l${l}_ffn_down`, ffn, hidden)]), `l${l}_ln2`);
  }
  return h;
}

/** (1 - mask) · -10000 as [batch, 1, 1, seq], from an int64 attention mask. */
export function attentionMaskBias(g: GraphBuilder, mask: string): string {
  const maskF = g.op("Cast", [mask], { to: { i: DataType.FLOAT } });
  const inverted = g.op("Sub", [g.float("mask_one", [], [1]), maskF]);
  return g.op("Unsqueeze", [g.op("Mul", [inverted, g.float("mask_neg", [], [-10000])]), g.int64("mask_axes", [2], [1, 2])]);
}
