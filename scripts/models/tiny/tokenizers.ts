// tokenizer.json / tokenizer_config.json builders in the Hugging Face `tokenizers` format.
// Transformers.js needs every top-level key present (null allowed) and an `added_tokens` array.

export interface TokenizerFiles {
  tokenizerJson: Record<string, unknown>;
  tokenizerConfig: Record<string, unknown>;
  ids: Map<string, number>;
}

function addedToken(content: string, id: number) {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
}

function templateProcessing(prefix: string[], suffix: string[], ids: Map<string, number>) {
  const special = (id: string) => ({ SpecialToken: { id, type_id: 0 } });
  const seq = (id: "A" | "B") => ({ Sequence: { id, type_id: 0 } });
  const all = [...new Set([...prefix, ...suffix])];
  return {
    type: "TemplateProcessing",
    single: [...prefix.map(special), seq("A"), ...suffix.map(special)],
    pair: [...prefix.map(special), seq("A"), ...suffix.map(special), seq("B"), ...suffix.map(special)],
    special_tokens: Object.fromEntries(all.map((t) => [t, { id: t, ids: [ids.get(t)], tokens: [t] }])),
  };
}

function uniqueIds(tokens: string[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const token of tokens) if (!ids.has(token)) ids.set(token, ids.size);
  return ids;
}

export const BERT_SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] as const;

/** Uncased BERT WordPiece: lowercases, splits CJK characters apart, unknown words become [UNK]. */
export function bertWordPiece(words: string[]): TokenizerFiles {
  const ids = uniqueIds([...BERT_SPECIALS, ...words]);
  return {
    ids,
    tokenizerJson: {
      version: "1.0",
      truncation: null,
      padding: null,
      added_tokens: BERT_SPECIALS.map((t) => addedToken(t, ids.get(t)!)),
      normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
      pre_tokenizer: { type: "BertPreTokenizer" },
      post_processor: templateProcessing(["[CLS]"], ["[SEP]"], ids),
      decoder: { type: "WordPiece", prefix: "##", cleanup: true },
      model: {
        type: "WordPiece",
        unk_token: "[UNK]",
        continuing_subword_prefix: "##",
        max_input_chars_per_word: 100,
        vocab: Object.fromEntries(ids),
      },
    },
    tokenizerConfig: {
      tokenizer_class: "BertTokenizer",
      do_lower_case: true,
      model_max_length: 512,
      cls_token: "[CLS]",
      sep_token: "[SEP]",
      pad_token: "[PAD]",
      unk_token: "[UNK]",
      mask_token: "[MASK]",
      clean_up_tokenization_spaces: true,
    },
  };
}

export interface UnigramOptions {
  specials: string[];
  pieces: string[];
  unkToken: string;
  lowercase: boolean;
  /** Special tokens appended to every encoded text (Marian appends `</s>`). */
  appendTokens: string[];
  tokenizerConfig: Record<string, unknown>;
}

/**
 * SentencePiece-style Unigram with Metaspace (`▁` marks a preceding space). All pieces score the same, so the
 * segmentation with the fewest pieces wins: whole dictionary words beat characters, unknown runs fuse to one unk.
 */
export function unigramMetaspace(options: UnigramOptions): TokenizerFiles {
  const ids = uniqueIds([...options.specials, ...options.pieces]);
  const metaspace = { type: "Metaspace", replacement: "\u2581", prepend_scheme: "always", split: true };
  return {
    ids,
    tokenizerJson: {
      version: "1.0",
      truncation: null,
      padding: null,
      added_tokens: options.specials.map((t) => addedToken(t, ids.get(t)!)),
      normalizer: options.lowercase ? { type: "Lowercase" } : null,
      pre_tokenizer: metaspace,
      post_processor: options.appendTokens.length > 0 ? templateProcessing([], options.appendTokens, ids) : null,
      decoder: metaspace,
      model: {
        type: "Unigram",
        unk_id: ids.get(options.unkToken),
        byte_fallback: false,
        vocab: [...ids.keys()].map((piece) => [piece, options.specials.includes(piece) ? 0 : -1]),
      },
    },
    tokenizerConfig: { clean_up_tokenization_spaces: false, model_max_length: 512, ...options.tokenizerConfig },
  };
}
