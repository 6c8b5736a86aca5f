import { DataType, GraphBuilder } from "./onnx-builder";
import { bertWordPiece } from "./tokenizers";
import { type TinyModelFiles, json, onnxPair } from "./files";

// Bag-of-words classifier: each listed word adds a fixed amount to one logit; everything else adds nothing.
// BERT's normalizer splits Chinese text into characters, so the Chinese list is single characters.
export const SENTIMENT_LABELS = { 0: "NEGATIVE", 1: "POSITIVE" } as const;
export const SENTIMENT_WORDS = {
  positive: ["great", "good", "love", "thanks", "thank", "excellent", "amazing", "happy", "awesome", "perfect",
    "wonderful", "helpful", "nice", "best", "like", "好", "谢", "棒", "爱", "喜", "赞", "优"],
  negative: ["terrible", "bad", "angry", "refund", "awful", "hate", "broken", "worst", "horrible", "slow",
    "disappointed", "useless", "poor", "cancel", "差", "坏", "烂", "气", "怒", "退", "糟", "慢", "恨", "失"],
  /** Negators outweigh one positive word: "not good" / "不好" are NEGATIVE. */
  negator: ["not", "never", "no", "不", "没"],
};
export const SENTIMENT_WEIGHTS = { positive: 3, negative: 3, negator: 4, positiveBias: 0.25 };

export function buildSentiment(): TinyModelFiles {
  const { positive, negative, negator } = SENTIMENT_WORDS;
  const tokenizer = bertWordPiece([...positive, ...negative, ...negator, "i", "it", "is", "the", "this", "you", "very"]);
  const vocabSize = tokenizer.ids.size;
  // Row per token: [NEGATIVE, POSITIVE] contribution.
  const table = new Float32Array(vocabSize * 2);
  const set = (words: string[], column: 0 | 1, weight: number) => {
    for (const word of words) table[tokenizer.ids.get(word)! * 2 + column] = weight;
  };
  set(positive, 1, SENTIMENT_WEIGHTS.positive);
  set(negative, 0, SENTIMENT_WEIGHTS.negative);
  set(negator, 0, SENTIMENT_WEIGHTS.negator);

  const g = new GraphBuilder("lumen-tiny-sentiment");
  const dims = ["batch_size", "sequence_length"];
  const inputIds = g.input("input_ids", DataType.INT64, dims);
  const mask = g.input("attention_mask", DataType.INT64, dims);
  g.input("token_type_ids", DataType.INT64, dims);
  g.output("logits", DataType.FLOAT, ["batch_size", 2]);
  const weights = g.float("word_weights", [vocabSize, 2], table);
  const bias = g.float("label_bias", [2], [0, SENTIMENT_WEIGHTS.positiveBias]);
  const perToken = g.op("Gather", [weights, inputIds], { axis: { i: 0 } });
  const maskF = g.op("Unsqueeze", [g.op("Cast", [mask], { to: { i: DataType.FLOAT } }), g.int64("axis_last", [1], [-1])]);
  const summed = g.op("ReduceSum", [g.op("Mul", [perToken, maskF]), g.int64("axis_seq", [1], [1])], { keepdims: { i: 0 } });
  g.op("Add", [summed, bias], {}, "logits");

  return {
    "config.json": json({
      architectures: ["BertForSequenceClassification"],
      model_type: "bert",
      vocab_size: vocabSize,
      hidden_size: 2,
      num_hidden_layers: 0,
      num_attention_heads: 1,
      max_position_embeddings: 512,
      id2label: SENTIMENT_LABELS,
      label2id: { NEGATIVE: 0, POSITIVE: 1 },
      problem_type: "single_label_classification",
    }),
    "tokenizer.json": json(tokenizer.tokenizerJson),
    "tokenizer_config.json": json(tokenizer.tokenizerConfig),
    ...onnxPair("model", g),
  };
}
