import { randomBytes } from "node:crypto";
import { z } from "zod";
import { INPUT_LIMITS, getInference, type ChatMessage } from "@/server/inference";
import { badRequest } from "../errors";
import type { ApiContext, ApiResult, Usage } from "../handler-types";
import { readJsonBody } from "../http";
import { countPromptTokens } from "../token-count";

const textPart = z.object({ type: z.literal("text"), text: z.string() });

export const chatCompletionRequest = z.object({
  model: z.string().max(200).optional().describe("Accepted for compatibility; the configured chat model answers and the response names it."),
  messages: z
    .array(
      z.object({
        role: z.enum(["system", "developer", "user", "assistant"]),
        content: z.union([z.string(), z.array(textPart)]).describe("A string, or text parts (images are not supported)."),
        name: z.string().optional(),
      }),
    )
    .min(1)
    .max(INPUT_LIMITS.chatMessages),
  max_tokens: z.int().min(1).max(INPUT_LIMITS.maxNewTokens).optional(),
  max_completion_tokens: z.int().min(1).max(INPUT_LIMITS.maxNewTokens).optional(),
  n: z.literal(1).optional(),
  stream: z.boolean().optional(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullable().optional(),
  temperature: z.number().min(0).max(2).optional().describe("Accepted; decoding is greedy."),
  user: z.string().optional(),
});

const usageSchema = z.object({ prompt_tokens: z.int(), completion_tokens: z.int(), total_tokens: z.int() });

export const chatCompletionResponse = z.object({
  id: z.string(),
  object: z.literal("chat.completion"),
  created: z.int(),
  model: z.string(),
  choices: z.array(
    z.object({
      index: z.int(),
      message: z.object({ role: z.literal("assistant"), content: z.string(), refusal: z.null() }),
      finish_reason: z.enum(["stop", "length"]),
      logprobs: z.null(),
    }),
  ),
  usage: usageSchema,
});

export const chatCompletionChunk = z.object({
  id: z.string(),
  object: z.literal("chat.completion.chunk"),
  created: z.int(),
  model: z.string(),
  choices: z.array(
    z.object({
      index: z.int(),
      delta: z.object({ role: z.literal("assistant").optional(), content: z.string().optional() }),
      finish_reason: z.enum(["stop", "length"]).nullable(),
      logprobs: z.null(),
    }),
  ),
  usage: usageSchema.nullable().optional(),
});

type ChatCompletion = z.infer<typeof chatCompletionResponse>;
type ChatCompletionChunk = z.infer<typeof chatCompletionChunk>;
type ChatRequest = z.infer<typeof chatCompletionRequest>;

function toMessages(request: ChatRequest): ChatMessage[] {
  return request.messages.map((message, i) => {
    const content = typeof message.content === "string" ? message.content : message.content.map((part) => part.text).join("");
    if (content.length > INPUT_LIMITS.chatMessageChars) {
      throw badRequest(`Each message may hold at most ${INPUT_LIMITS.chatMessageChars} characters.`, `messages.${i}.content`);
    }
    return { role: message.role === "developer" ? "system" : message.role, content };
  });
}

async function usageOf(model: string, messages: ChatMessage[], completionTokens: number) {
  const promptTokens = await countPromptTokens(model, messages);
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}

const tokenUsage = (model: string, ranOn: string, total: number): Usage => ({ units: total, unitKind: "tokens", model, ranOn });

export async function chatCompletions({ request, signal, requestId }: ApiContext): Promise<ApiResult> {
  const body = await readJsonBody(request, chatCompletionRequest);
  const messages = toMessages(body);
  const maxNewTokens = body.max_completion_tokens ?? body.max_tokens;
  const input = { messages, maxNewTokens };
  const id = `chatcmpl-${randomBytes(12).toString("hex")}`;
  const created = Math.floor(Date.now() / 1000);
  const finishReason = (tokens: number) => (maxNewTokens !== undefined && tokens >= maxNewTokens ? "length" : "stop");

  if (!body.stream) {
    const result = await getInference().run("chat", input, { signal, requestId });
    const usage = await usageOf(result.model, messages, result.tokens);
    const completion: ChatCompletion = {
      id,
      object: "chat.completion",
      created,
      model: result.model,
      choices: [{ index: 0, message: { role: "assistant", content: result.text, refusal: null }, finish_reason: finishReason(result.tokens), logprobs: null }],
      usage,
    };
    return { kind: "json", body: completion, model: result.model, tiny: result.tiny, usage: tokenUsage(result.model, result.ranOn, usage.total_tokens) };
  }

  const inference = getInference();
  const chatModel = (await inference.models()).find((m) => m.task === "chat");
  const model = chatModel?.model ?? "unknown";
  const includeUsage = body.stream_options?.include_usage === true;
  const stream = inference.stream("chat", input, { signal, requestId });
  const chunk = (delta: ChatCompletionChunk["choices"][number]["delta"], finish: "stop" | "length" | null): ChatCompletionChunk => ({
    id,
    object: "chat.completion.chunk",
    created,
    model,
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    ...(includeUsage ? { usage: null } : {}),
  });

  async function* events(): AsyncGenerator<ChatCompletionChunk, Usage> {
    const pieces = stream[Symbol.asyncIterator]();
    try {
      // The first piece is awaited before anything is sent, so a missing model or a full queue is still an HTTP error.
      let next = await pieces.next();
      yield chunk({ role: "assistant", content: "" }, null);
      for (; !next.done; next = await pieces.next()) yield chunk({ content: next.value }, null);
      const result = await stream.result;
      const usage = await usageOf(result.model, messages, result.tokens);
      yield chunk({}, finishReason(result.tokens));
      if (includeUsage) yield { id, object: "chat.completion.chunk", created, model, choices: [], usage };
      return tokenUsage(result.model, result.ranOn, usage.total_tokens);
    } finally {
      await pieces.return?.();
    }
  }
  return { kind: "events", model, tiny: chatModel?.tiny ?? false, events: events() };
}
