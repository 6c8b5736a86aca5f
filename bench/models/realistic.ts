import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { DataType, GraphBuilder } from "../../scripts/models/tiny/onnx-builder";
import { json } from "../../scripts/models/tiny/files";
import { bertWordPiece } from "../../scripts/models/tiny/tokenizers";
import { attentionMaskBias, encoderLayers, randomWeights } from "./transformer";

export const BENCH_SENTIMENT_ID = "lumen-bench/distilbert-shaped";
export const BENCH_IMAGE_ID = "lumen-bench/vit-small-shaped";
export const BENCH_VOCAB = Array.from({ length: 2000 }, (_, i) => `w${i}`);
const GENERATOR_VERSION = "2";

// DistilBERT-base: 6 layers, hidden 768, 12 heads, FFN 3072 (~66 M parameters, ~85 M with its 30k vocabulary).
const DISTILBERT = { layers: 6, hidden: 768, heads: 12, ffn: 3072 };
// ViT-Small/16 arithmetic at 224×224 (196 patches + CLS), 6 of its 12 layers: ~2.3 GFLOPs, MobileNet-to-ViT-S range.
const VIT_SMALL = { layers: 6, hidden: 384, heads: 6, ffn: 1536 };
const IMAGE_SIZE = 224;
const PATCH = 16;

function distilbertShaped(): Record<string, string | Uint8Array> {
  const tokenizer = bertWordPiece(BENCH_VOCAB);
  const vocab = tokenizer.ids.size;
  const rand = randomWeights(7);
  const g = new GraphBuilder("distilbert-shaped");
  const dims = ["batch_size", "sequence_length"];
  const ids = g.input("input_ids", DataType.INT64, dims);
  const mask = g.input("attention_mask", DataType.INT64, dims);
  g.output("logits", DataType.FLOAT, ["batch_size", 2]);
  const embedded = g.op("Gather", [g.float("word_embeddings", [vocab, DISTILBERT.hidden], rand(vocab * DISTILBERT.hidden)), ids], { axis: { i: 0 } });
  const encoded = encoderLayers(g, embedded, attentionMaskBias(g, mask), DISTILBERT, 11);
  const cls = g.op("Gather", [encoded, g.int64("cls_index", [], [0])], { axis: { i: 1 } });
  g.op("Add", [g.op("MatMul", [cls, g.float("classifier_w", [DISTILBERT.hidden, 2], rand(DISTILBERT.hidden * 2))]), g.float("classifier_b", [2], [0, 0])], {}, "logits");
  return {
    "config.json": json({ model_type: "distilbert", architectures: ["DistilBertForSequenceClassification"], id2label: { 0: "NEGATIVE", 1: "POSITIVE" }, label2id: { NEGATIVE: 0, POSITIVE: 1 }, dim: 768, n_layers: 6, n_heads: 12 }),
    "tokenizer.json": json(tokenizer.tokenizerJson),
    "tokenizer_config.json": json(tokenizer.tokenizerConfig),
    "onnx/model_quantized.onnx": g.encode({ quantized: true }),
  };
}

function vitSmallShaped(): Record<string, string | Uint8Array> {
  const { hidden } = VIT_SMALL;
  const rand = randomWeights(13);
  const g = new GraphBuilder("vit-small-shaped");
  const pixels = g.input("pixel_values", DataType.FLOAT, ["batch_size", 3, IMAGE_SIZE, IMAGE_SIZE]);
  g.output("logits", DataType.FLOAT, ["batch_size", 1000]);
  const patches = g.op("Conv", [pixels, g.float("patch_w", [hidden, 3, PATCH, PATCH], rand(hidden * 3 * PATCH * PATCH)), g.float("patch_b", [hidden], rand(hidden))], {
    strides: { ints: [PATCH, PATCH] },
  });
  const tokens = g.op("Transpose", [g.op("Reshape", [patches, g.int64("flatten_patches", [3], [0, hidden, -1])])], { perm: { ints: [0, 2, 1] } });
  const encoded = encoderLayers(g, tokens, null, VIT_SMALL, 17);
  const pooled = g.op("ReduceMean", [encoded], { axes: { ints: [1] }, keepdims: { i: 0 } });
  g.op("MatMul", [pooled, g.float("head_w", [hidden, 1000], rand(hidden * 1000))], {}, "logits");
  return {
    "config.json": json({ model_type: "vit", architectures: ["ViTForImageClassification"], image_size: IMAGE_SIZE, id2label: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [i, `class_${i}`])) }),
    "preprocessor_config.json": json({ image_processor_type: "ViTImageProcessor", do_resize: true, size: { height: IMAGE_SIZE, width: IMAGE_SIZE }, resample: 2, do_rescale: true, rescale_factor: 1 / 255, do_normalize: true, image_mean: [0.5, 0.5, 0.5], image_std: [0.5, 0.5, 0.5] }),
    "onnx/model_quantized.onnx": g.encode({ quantized: true }),
  };
}

/** Writes both benchmark models under `modelsDir` unless this generator version already did. */
export async function ensureBenchModels(modelsDir: string): Promise<void> {
  for (const [id, build] of [[BENCH_SENTIMENT_ID, distilbertShaped], [BENCH_IMAGE_ID, vitSmallShaped]] as const) {
    const stamp = join(modelsDir, id, `.generator-${GENERATOR_VERSION}`);
    if (await stat(stamp).then(() => true, () => false)) continue;
    for (const [path, content] of Object.entries(build())) {
      const target = join(modelsDir, id, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    await writeFile(stamp, "");
  }
}
