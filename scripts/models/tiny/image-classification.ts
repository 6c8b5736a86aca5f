import { DataType, GraphBuilder } from "./onnx-builder";
import { type TinyModelFiles, json, onnxPair } from "./files";

// Dominant-colour classifier: average each channel over the image, then score each colour against the other two.
export const IMAGE_LABELS = { 0: "red", 1: "green", 2: "blue" } as const;
export const IMAGE_SIZE = 8;

export function buildImageClassification(): TinyModelFiles {
  const g = new GraphBuilder("lumen-tiny-image-classification");
  const pixels = g.input("pixel_values", DataType.FLOAT, ["batch_size", 3, "height", "width"]);
  g.output("logits", DataType.FLOAT, ["batch_size", 3]);
  const channelMeans = g.op("ReduceMean", [pixels], { axes: { ints: [2, 3] }, keepdims: { i: 0 } });
  // logits[c] = 2·mean[c] − Σ other means (symmetric matrix, so no transpose question).
  const weights = g.float("colour_weights", [3, 3], [2, -1, -1, -1, 2, -1, -1, -1, 2]);
  g.op("MatMul", [channelMeans, weights], {}, "logits");

  return {
    "config.json": json({
      architectures: ["ViTForImageClassification"],
      model_type: "vit",
      image_size: IMAGE_SIZE,
      num_channels: 3,
      hidden_size: 3,
      num_hidden_layers: 0,
      num_attention_heads: 1,
      id2label: IMAGE_LABELS,
      label2id: { red: 0, green: 1, blue: 2 },
    }),
    "preprocessor_config.json": json({
      image_processor_type: "ViTImageProcessor",
      feature_extractor_type: "ViTFeatureExtractor",
      do_resize: true,
      size: { height: IMAGE_SIZE, width: IMAGE_SIZE },
      resample: 2,
      do_rescale: true,
      rescale_factor: 1 / 255,
      do_normalize: true,
      image_mean: [0.5, 0.5, 0.5],
      image_std: [0.5, 0.5, 0.5],
    }),
    ...onnxPair("model", g),
  };
}
