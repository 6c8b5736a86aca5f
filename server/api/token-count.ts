import { readFile } from "node:fs/promises";
import { PreTrainedTokenizer } from "@huggingface/transformers";
import { getInference, modelFilePath, type ChatMessage } from "@/server/inference";

// The runtime reports generated tokens only; input tokens are counted here with the tokenizer of the model
// that ran, so usage reports what that model actually processed.
const tokenizers = new Map<string, Promise<PreTrainedTokenizer>>();

async function loadTokenizer(modelId: string): Promise<PreTrainedTokenizer> {
  const { modelsDir } = getInference().config;
  const read = async (file: string) => JSON.parse(await readFile(modelFilePath(modelsDir, modelId, file), "utf8")) as Record<string, unknown>;
  const [tokenizerJson, tokenizerConfig] = await Promise.all([read("tokenizer.json"), read("tokenizer_config.json")]);
  return new PreTrainedTokenizer(tokenizerJson, tokenizerConfig);
}

function tokenizerFor(modelId: string): Promise<PreTrainedTokenizer> {
  let entry = tokenizers.get(modelId);
  if (!entry) {
    entry = loadTokenizer(modelId);
    tokenizers.set(modelId, entry);
    entry.catch(() => tokenizers.delete(modelId));
  }
  return entry;
}

/** Tokens of the prompt as the model saw it: the chat template applied, with the assistant turn opened. */
export async function countPromptTokens(modelId: string, messages: ChatMessage[]): Promise<number> {
  const tokenizer = await tokenizerFor(modelId);
  const ids = tokenizer.apply_chat_template(messages, {
    add_generation_prompt: true,
    tokenize: true,
    return_dict: false,
    return_tensor: false,
  }) as unknown as number[];
  return ids.length;
}

/** Tokens of each text as the model saw it, special tokens included. */
export async function countTextTokens(modelId: string, texts: string[]): Promise<number> {
  const tokenizer = await tokenizerFor(modelId);
  return texts.reduce((sum, text) => sum + tokenizer.encode(text).length, 0);
}
