import { z } from "zod";
import type { InferenceTask } from "../registry";
import { InferenceError } from "./errors";
import type { TaskInputs } from "./types";

export const INPUT_LIMITS = {
  textChars: 4000,
  embeddingTexts: 64,
  chatMessages: 32,
  chatMessageChars: 4000,
  maxNewTokens: 512,
  imageBytes: 5 * 1024 * 1024,
  imagePixels: 4096 * 4096,
  topK: 20,
} as const;

export const textSchema = z.string().trim().min(1, "must not be empty").max(INPUT_LIMITS.textChars);
export const chatMessagesSchema = z
  .array(z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string().max(INPUT_LIMITS.chatMessageChars) }))
  .min(1)
  .max(INPUT_LIMITS.chatMessages);
export const maxNewTokensSchema = z.number().int().min(1).max(INPUT_LIMITS.maxNewTokens);
export const topKSchema = z.number().int().min(1).max(INPUT_LIMITS.topK);
const imageBytesSchema = z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= INPUT_LIMITS.imageBytes, {
  message: `image must be 1 byte to ${INPUT_LIMITS.imageBytes} bytes`,
});

const SCHEMAS: { [T in InferenceTask]: z.ZodType<TaskInputs[T]> } = {
  sentiment: z.object({ text: textSchema }),
  "translation-en-zh": z.object({ text: textSchema }),
  "translation-zh-en": z.object({ text: textSchema }),
  embeddings: z.object({ texts: z.array(textSchema).min(1).max(INPUT_LIMITS.embeddingTexts) }),
  "image-classification": z.object({ image: imageBytesSchema, topK: topKSchema.optional() }),
  chat: z.object({ messages: chatMessagesSchema, maxNewTokens: maxNewTokensSchema.optional() }),
  ocr: z.object({ image: imageBytesSchema }),
};

/** Checks a task input wherever it enters the runtime; failures are BAD_INPUT. */
export function parseTaskInput<T extends InferenceTask>(task: T, input: unknown): TaskInputs[T] {
  const parsed = SCHEMAS[task].safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  throw new InferenceError("BAD_INPUT", `invalid ${task} input: ${where}${issue?.message ?? "not valid"}`);
}
