import { DataType, GraphBuilder } from "./onnx-builder";
import { unigramMetaspace } from "./tokenizers";
import { type TinyModelFiles, json, onnxPair } from "./files";

// Word-for-word dictionary translator. The encoder turns each source piece into the logits of its translation;
// decoding step t reads the encoder state at position t (the past length), so the output is the source sequence
// translated piece by piece, ending with the source's </s>. Words mapped to BLANK are dropped from the output.
export type TranslationDirection = "en-zh" | "zh-en";

const BLANK = "<blank>";
const SPECIALS = ["</s>", "<unk>", "<pad>", BLANK];
const EOS = "</s>";
const PAD = "<pad>";

/** English word ↔ Chinese word. Earlier pairs win when a word appears twice (你好 → "hello"). */
export const TRANSLATION_DICTIONARY: ReadonlyArray<readonly [string, string]> = [
  ["hello", "你好"], ["hi", "你好"], ["world", "世界"], ["thanks", "谢谢"], ["thank", "谢谢"], ["you", "你"],
  ["please", "请"], ["i", "我"], ["we", "我们"], ["want", "想要"], ["need", "需要"], ["refund", "退款"],
  ["order", "订单"], ["my", "我的"], ["your", "你的"], ["help", "帮助"], ["password", "密码"], ["account", "账户"],
  ["price", "价格"], ["invoice", "发票"], ["delivery", "送货"], ["is", "是"], ["not", "不"], ["good", "好"],
  ["great", "很好"], ["bad", "差"], ["love", "爱"], ["this", "这个"], ["product", "产品"], ["today", "今天"],
  ["where", "哪里"], ["how", "怎么"], ["can", "可以"], ["reset", "重置"],
];
/** Source words with no translation (dropped). */
export const TRANSLATION_DROPPED = { "en-zh": ["a", "an", "the"], "zh-en": ["的", "了", "吗"] } as const;
const PUNCTUATION: ReadonlyArray<readonly [string, string]> = [[",", "，"], [".", "。"], ["?", "？"], ["!", "！"]];

const en = (word: string) => `\u2581${word}`;

function vocabulary(): string[] {
  const words = [...TRANSLATION_DICTIONARY, ...TRANSLATION_DROPPED["en-zh"].map((w) => [w, ""] as const)];
  const zhExtra = TRANSLATION_DROPPED["zh-en"];
  return [
    ...SPECIALS,
    "\u2581",
    ...words.map(([e]) => en(e)),
    ...TRANSLATION_DICTIONARY.map(([, z]) => z),
    ...zhExtra,
    ...PUNCTUATION.flat(),
  ];
}

/** Source piece → target piece for one direction; pieces not listed translate to themselves. */
function pieceMap(direction: TranslationDirection): Map<string, string> {
  const map = new Map<string, string>([["\u2581", BLANK], [PAD, EOS]]);
  const add = (from: string, to: string) => {
    if (!map.has(from)) map.set(from, to);
  };
  for (const [e, z] of TRANSLATION_DICTIONARY) {
    if (direction === "en-zh") add(en(e), z);
    else add(z, en(e));
  }
  for (const [e, z] of PUNCTUATION) {
    if (direction === "en-zh") add(e, z);
    else add(z, e);
  }
  const dropped = TRANSLATION_DROPPED[direction];
  for (const word of dropped) add(direction === "en-zh" ? en(word) : word, BLANK);
  return map;
}

export function buildTranslation(direction: TranslationDirection): TinyModelFiles {
  const [source, target] = direction === "en-zh" ? ["en", "zh"] : ["zh", "en"];
  const tokenizer = unigramMetaspace({
    specials: SPECIALS,
    pieces: vocabulary().slice(SPECIALS.length),
    unkToken: "<unk>",
    lowercase: true,
    appendTokens: [EOS],
    tokenizerConfig: {
      tokenizer_class: "MarianTokenizer",
      eos_token: EOS,
      unk_token: "<unk>",
      pad_token: PAD,
      source_lang: source,
      target_lang: target,
    },
  });
  const ids = tokenizer.ids;
  const vocabSize = ids.size;
  const map = pieceMap(direction);
  const table = new Float32Array(vocabSize * vocabSize);
  for (const [piece, id] of ids) table[id * vocabSize + ids.get(map.get(piece) ?? piece)!] = 10;

  const encoder = new GraphBuilder(`lumen-tiny-translation-${direction}-encoder`);
  const encIds = encoder.input("input_ids", DataType.INT64, ["batch_size", "encoder_sequence_length"]);
  encoder.input("attention_mask", DataType.INT64, ["batch_size", "encoder_sequence_length"]);
  encoder.output("last_hidden_state", DataType.FLOAT, ["batch_size", "encoder_sequence_length", vocabSize]);
  const dictionary = encoder.float("dictionary", [vocabSize, vocabSize], table);
  encoder.op("Gather", [dictionary, encIds], { axis: { i: 0 } }, "last_hidden_state");

  const eosId = ids.get(EOS)!;
  const padId = ids.get(PAD)!;
  const config = {
    architectures: ["MarianMTModel"],
    model_type: "marian",
    is_encoder_decoder: true,
    vocab_size: vocabSize,
    d_model: 1,
    encoder_layers: 1,
    decoder_layers: 1,
    encoder_attention_heads: 1,
    decoder_attention_heads: 1,
    decoder_start_token_id: padId,
    eos_token_id: eosId,
    pad_token_id: padId,
    forced_eos_token_id: eosId,
    max_position_embeddings: 512,
  };
  return {
    "config.json": json(config),
    "generation_config.json": json({
      decoder_start_token_id: padId,
      eos_token_id: eosId,
      pad_token_id: padId,
      forced_eos_token_id: eosId,
      bad_words_ids: [[padId]],
      max_length: 128,
      num_beams: 1,
    }),
    "tokenizer.json": json(tokenizer.tokenizerJson),
    "tokenizer_config.json": json(tokenizer.tokenizerConfig),
    ...onnxPair("encoder_model", encoder),
    ...onnxPair("decoder_model_merged", mergedDecoder(vocabSize)),
  };
}

/** Decoder with the merged-cache interface; one layer, one head, head_dim 1, so cache tensors stay tiny. */
function mergedDecoder(vocabSize: number): GraphBuilder {
  const g = new GraphBuilder("lumen-tiny-translation-decoder");
  const kv = (seq: string) => ["batch_size", 1, seq, 1];
  const inputIds = g.input("input_ids", DataType.INT64, ["batch_size", "decoder_sequence_length"]);
  g.input("encoder_attention_mask", DataType.INT64, ["batch_size", "encoder_sequence_length"]);
  const encoderStates = g.input("encoder_hidden_states", DataType.FLOAT, ["batch_size", "encoder_sequence_length", vocabSize]);
  const pastKey = g.input("past_key_values.0.decoder.key", DataType.FLOAT, kv("past_decoder_sequence_length"));
  const pastValue = g.input("past_key_values.0.decoder.value", DataType.FLOAT, kv("past_decoder_sequence_length"));
  g.input("past_key_values.0.encoder.key", DataType.FLOAT, kv("encoder_sequence_length_out"));
  g.input("past_key_values.0.encoder.value", DataType.FLOAT, kv("encoder_sequence_length_out"));
  g.input("use_cache_branch", DataType.BOOL, [1]);
  g.output("logits", DataType.FLOAT, ["batch_size", 1, vocabSize]);
  g.output("present.0.decoder.key", DataType.FLOAT, kv("present_decoder_sequence_length"));
  g.output("present.0.decoder.value", DataType.FLOAT, kv("present_decoder_sequence_length"));
  g.output("present.0.encoder.key", DataType.FLOAT, kv("encoder_sequence_length_out"));
  g.output("present.0.encoder.value", DataType.FLOAT, kv("encoder_sequence_length_out"));

  // Step t = tokens already decoded (past length), clamped to the last source position (</s>).
  const scalarAt = (tensor: string, axis: number) =>
    g.op("Gather", [g.op("Shape", [tensor]), g.int64(`axis_${axis}_${tensor}`, [], [axis])], { axis: { i: 0 } });
  const one = g.int64("one", [], [1]);
  const step = g.op("Min", [scalarAt(pastKey, 2), g.op("Sub", [scalarAt(encoderStates, 1), one])]);
  const stateAtStep = g.op("Gather", [encoderStates, step], { axis: { i: 1 } });
  g.op("Unsqueeze", [stateAtStep, g.int64("axis_1", [1], [1])], {}, "logits");

  // Cache: append the new token ids (as floats) so the past length grows by one per step.
  const newEntry = g.op("Unsqueeze", [g.op("Cast", [inputIds], { to: { i: DataType.FLOAT } }), g.int64("axes_1_3", [2], [1, 3])]);
  g.op("Concat", [pastKey, newEntry], { axis: { i: 2 } }, "present.0.decoder.key");
  g.op("Concat", [pastValue, newEntry], { axis: { i: 2 } }, "present.0.decoder.value");
  const encoderEntry = g.op("ReduceSum", [encoderStates, g.int64("axis_2", [1], [2])], { keepdims: { i: 1 } });
  const encoderCache = g.op("Unsqueeze", [encoderEntry, g.int64("axis_1b", [1], [1])]);
  g.op("Identity", [encoderCache], {}, "present.0.encoder.key");
  g.op("Identity", [encoderCache], {}, "present.0.encoder.value");
  return g;
}
