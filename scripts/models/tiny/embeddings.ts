import { DataType, GraphBuilder } from "./onnx-builder";
import { bertWordPiece } from "./tokenizers";
import { type TinyModelFiles, json, onnxPair } from "./files";

// Bag-of-concepts embeddings: each concept is one dimension shared by its English words and Chinese characters,
// so texts about the same topic (in either language) are neighbours after mean pooling + normalisation.
export const EMBEDDING_CONCEPTS: Record<string, string[]> = {
  refund: ["refund", "refunds", "money", "return", "退", "款"],
  password: ["password", "reset", "login", "forgot", "密", "码"],
  billing: ["invoice", "billing", "bill", "payment", "charge", "charged", "票", "付", "费"],
  shipping: ["shipping", "delivery", "package", "shipped", "track", "送", "货", "递"],
  pricing: ["price", "pricing", "cost", "plan", "plans", "价", "格"],
  account: ["account", "profile", "email", "delete", "户", "号"],
  greeting: ["hello", "hi", "thanks", "你", "好", "谢"],
};
/** Common words: own dimension, low weight, so they barely move similarity. */
export const EMBEDDING_STOPWORDS = ["how", "do", "i", "my", "the", "a", "to", "is", "can", "what", "where", "your",
  "of", "for", "and", "in", "me", "我", "的", "是", "怎", "么", "在", "了"];
export const EMBEDDING_WEIGHTS = { concept: 1, stopword: 0.3, unknown: 0.2, special: 0.05 };

export function buildEmbeddings(): TinyModelFiles {
  const concepts = Object.entries(EMBEDDING_CONCEPTS);
  const tokenizer = bertWordPiece([...concepts.flatMap(([, words]) => words), ...EMBEDDING_STOPWORDS]);
  // Dimensions: one per concept, one per stopword, one for [UNK], one for [CLS]/[SEP] (keeps vectors non-zero).
  const unknownDim = concepts.length + EMBEDDING_STOPWORDS.length;
  const specialDim = unknownDim + 1;
  const dim = specialDim + 1;
  const vocabSize = tokenizer.ids.size;
  const table = new Float32Array(vocabSize * dim);
  const set = (token: string, d: number, w: number) => (table[tokenizer.ids.get(token)! * dim + d] = w);
  concepts.forEach(([, words], d) => words.forEach((w) => set(w, d, EMBEDDING_WEIGHTS.concept)));
  EMBEDDING_STOPWORDS.forEach((w, i) => set(w, concepts.length + i, EMBEDDING_WEIGHTS.stopword));
  set("[UNK]", unknownDim, EMBEDDING_WEIGHTS.unknown);
  for (const special of ["[CLS]", "[SEP]", "[MASK]"]) set(special, specialDim, EMBEDDING_WEIGHTS.special);

  const g = new GraphBuilder("lumen-tiny-embeddings");
  const dims = ["batch_size", "sequence_length"];
  const inputIds = g.input("input_ids", DataType.INT64, dims);
  g.input("attention_mask", DataType.INT64, dims);
  g.input("token_type_ids", DataType.INT64, dims);
  g.output("last_hidden_state", DataType.FLOAT, ["batch_size", "sequence_length", dim]);
  g.op("Gather", [g.float("embeddings", [vocabSize, dim], table), inputIds], { axis: { i: 0 } }, "last_hidden_state");

  return {
    "config.json": json({
      architectures: ["BertModel"],
      model_type: "bert",
      vocab_size: vocabSize,
      hidden_size: dim,
      num_hidden_layers: 0,
      num_attention_heads: 1,
      max_position_embeddings: 512,
    }),
    "tokenizer.json": json(tokenizer.tokenizerJson),
    "tokenizer_config.json": json(tokenizer.tokenizerConfig),
    ...onnxPair("model", g),
  };
}
