import { DataType, GraphBuilder } from "./onnx-builder";
import { unigramMetaspace } from "./tokenizers";
import { type TinyModelFiles, json, onnxPair } from "./files";

// Bigram chain: the next token depends only on the current one. Reply pieces form a chain ending in <|im_end|>;
// every other token (the chat template ends with "\n" after "assistant") starts the chain. So any chat gets
// exactly TINY_CHAT_REPLY, streamed one piece per step.
export const CHAT_REPLY_PIECES = ["Hello", "!", "\u2581I", "\u2581am", "\u2581the", "\u2581Lumen", "\u2581tiny",
  "\u2581demo", "\u2581model", "."];
export const TINY_CHAT_REPLY = "Hello! I am the Lumen tiny demo model.";

const SPECIALS = ["<unk>", "<|endoftext|>", "<|im_start|>", "<|im_end|>"];
const CHAT_TEMPLATE =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}" +
  "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

function fallbackPieces(): string[] {
  const chars: string[] = ["\n", "\u2581"];
  for (let c = 33; c < 127; c++) chars.push(String.fromCharCode(c));
  return [...chars, "\u2581system", "\u2581user", "\u2581assistant"];
}

export function buildChat(): TinyModelFiles {
  const tokenizer = unigramMetaspace({
    specials: SPECIALS,
    pieces: [...CHAT_REPLY_PIECES, ...fallbackPieces()],
    unkToken: "<unk>",
    lowercase: false,
    appendTokens: [],
    tokenizerConfig: {
      tokenizer_class: "PreTrainedTokenizer",
      bos_token: null,
      eos_token: "<|im_end|>",
      pad_token: "<|endoftext|>",
      unk_token: "<unk>",
      add_bos_token: false,
      add_eos_token: false,
      chat_template: CHAT_TEMPLATE,
    },
  });
  const ids = tokenizer.ids;
  const vocabSize = ids.size;
  const eos = ids.get("<|im_end|>")!;
  const chain = CHAT_REPLY_PIECES.map((p) => ids.get(p)!);
  const next = new Map<number, number>(chain.map((id, i) => [id, chain[i + 1] ?? eos]));
  const table = new Float32Array(vocabSize * vocabSize);
  for (let id = 0; id < vocabSize; id++) table[id * vocabSize + (next.get(id) ?? chain[0]!)] = 10;

  const g = new GraphBuilder("lumen-tiny-chat");
  const kv = (seq: string) => ["batch_size", 1, seq, 1];
  const inputIds = g.input("input_ids", DataType.INT64, ["batch_size", "sequence_length"]);
  g.input("attention_mask", DataType.INT64, ["batch_size", "total_sequence_length"]);
  g.input("position_ids", DataType.INT64, ["batch_size", "sequence_length"]);
  const pastKey = g.input("past_key_values.0.key", DataType.FLOAT, kv("past_sequence_length"));
  const pastValue = g.input("past_key_values.0.value", DataType.FLOAT, kv("past_sequence_length"));
  g.output("logits", DataType.FLOAT, ["batch_size", "sequence_length", vocabSize]);
  g.output("present.0.key", DataType.FLOAT, kv("total_sequence_length"));
  g.output("present.0.value", DataType.FLOAT, kv("total_sequence_length"));
  g.op("Gather", [g.float("next_token", [vocabSize, vocabSize], table), inputIds], { axis: { i: 0 } }, "logits");
  const newEntry = g.op("Unsqueeze", [g.op("Cast", [inputIds], { to: { i: DataType.FLOAT } }), g.int64("axes_1_3", [2], [1, 3])]);
  g.op("Concat", [pastKey, newEntry], { axis: { i: 2 } }, "present.0.key");
  g.op("Concat", [pastValue, newEntry], { axis: { i: 2 } }, "present.0.value");

  return {
    "config.json": json({
      architectures: ["LlamaForCausalLM"],
      model_type: "llama",
      vocab_size: vocabSize,
      hidden_size: 1,
      num_hidden_layers: 1,
      num_attention_heads: 1,
      num_key_value_heads: 1,
      head_dim: 1,
      max_position_embeddings: 2048,
      bos_token_id: null,
      eos_token_id: [eos, ids.get("<|endoftext|>")],
      pad_token_id: ids.get("<|endoftext|>"),
      tie_word_embeddings: false,
    }),
    "generation_config.json": json({
      eos_token_id: [eos, ids.get("<|endoftext|>")],
      pad_token_id: ids.get("<|endoftext|>"),
      do_sample: false,
      max_new_tokens: 64,
    }),
    "tokenizer.json": json(tokenizer.tokenizerJson),
    "tokenizer_config.json": json(tokenizer.tokenizerConfig),
    ...onnxPair("model", g),
  };
}
