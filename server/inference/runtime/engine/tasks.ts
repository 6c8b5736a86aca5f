import { RawImage, TextStreamer, type Tensor } from "@huggingface/transformers";
import { InferenceError } from "../errors";
import type { PipelineInferenceTask, Scored, TaskInputs, TaskOutputs } from "../types";
import type { BatchItem } from "./batcher";
import type { PipelineHandle } from "./pipelines";

type Item<T extends PipelineInferenceTask> = BatchItem<Prepared<T>, TaskOutputs[T]>;
type Prepared<T extends PipelineInferenceTask> = T extends "image-classification" ? { image: RawImage; topK: number } : TaskInputs[T];

interface TaskExecutor<T extends PipelineInferenceTask> {
  /** Generation with a streamer runs one request per call. */
  batchable: boolean;
  prepare(input: TaskInputs[T]): Promise<Prepared<T>>;
  run(pipe: PipelineHandle, items: Item<T>[]): Promise<TaskOutputs[T][]>;
}

const identity = async <V>(value: V) => value;

const classify: TaskExecutor<"sentiment"> = {
  batchable: true,
  prepare: identity,
  async run(pipe, items) {
    const out = (await pipe(items.map((i) => i.input.text))) as Scored[];
    return out.map(({ label, score }) => ({ label, score }));
  },
};

async function translate(pipe: PipelineHandle, items: BatchItem<{ text: string }, { text: string }>[]) {
  const out = (await pipe(items.map((i) => i.input.text))) as { translation_text: string }[];
  return out.map((o) => ({ text: o.translation_text }));
}

const embed: TaskExecutor<"embeddings"> = {
  batchable: true,
  prepare: identity,
  async run(pipe, items) {
    const texts = items.flatMap((i) => i.input.texts);
    const vectors = ((await pipe(texts, { pooling: "mean", normalize: true })) as Tensor).tolist() as number[][];
    let offset = 0;
    return items.map((item) => {
      const mine = vectors.slice(offset, (offset += item.input.texts.length));
      return { vectors: mine, dims: mine[0]?.length ?? 0 };
    });
  },
};

const classifyImage: TaskExecutor<"image-classification"> = {
  batchable: true,
  async prepare(input) {
    try {
      const image = await RawImage.fromBlob(new Blob([input.image as Uint8Array<ArrayBuffer>]));
      return { image, topK: input.topK ?? 5 };
    } catch (error) {
      throw new InferenceError("BAD_INPUT", "the image could not be decoded (JPEG, PNG or WebP expected)", { cause: error });
    }
  },
  async run(pipe, items) {
    const topK = Math.max(...items.map((i) => i.input.topK));
    const out = (await pipe(items.map((i) => i.input.image), { top_k: topK })) as Scored[][];
    return out.map((labels, i) => ({ labels: labels.slice(0, items[i]!.input.topK).map(({ label, score }) => ({ label, score })) }));
  },
};

const chat: TaskExecutor<"chat"> = {
  batchable: false,
  prepare: identity,
  async run(pipe, [item]) {
    const { input, onToken, signal } = item!;
    let tokens = 0;
    const streamer = new TextStreamer(pipe.tokenizer as ConstructorParameters<typeof TextStreamer>[0], {
      skip_prompt: true,
      callback_function: (text: string) => {
        if (signal?.aborted) throw new InferenceError("CANCELLED", "the request was cancelled");
        if (text) onToken?.(text);
      },
      token_callback_function: (ids: bigint[]) => {
        tokens += ids.filter((id) => !streamer.special_ids.has(id)).length;
      },
    });
    const out = (await pipe(input.messages, { max_new_tokens: input.maxNewTokens ?? 256, do_sample: false, streamer })) as {
      generated_text: { role: string; content: string }[];
    }[];
    return [{ text: out[0]?.generated_text.at(-1)?.content ?? "", tokens }];
  },
};

export const EXECUTORS: { [T in PipelineInferenceTask]: TaskExecutor<T> } = {
  sentiment: classify,
  "translation-en-zh": { batchable: true, prepare: identity, run: translate },
  "translation-zh-en": { batchable: true, prepare: identity, run: translate },
  embeddings: embed,
  "image-classification": classifyImage as TaskExecutor<"image-classification">,
  chat,
};
