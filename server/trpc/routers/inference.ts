import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  INPUT_LIMITS,
  InferenceError,
  type InferenceErrorCode,
  MAX_IMAGE_BASE64_CHARS,
  chatMessagesSchema,
  decodeImageInput,
  getInference,
  maxNewTokensSchema,
  textSchema,
  topKSchema,
} from "@/server/inference";
import { recordUsage } from "@/server/billing";
import { BROWSER_TASKS } from "@/server/inference";
import { createTRPCRouter, orgProcedure } from "../init";

type TrpcCode = TRPCError["code"];
const TRPC_CODE: Record<InferenceErrorCode, TrpcCode> = {
  BAD_INPUT: "BAD_REQUEST",
  OVERLOADED: "SERVICE_UNAVAILABLE",
  TIMEOUT: "TIMEOUT",
  CANCELLED: "CLIENT_CLOSED_REQUEST",
  MODEL_MISSING: "PRECONDITION_FAILED",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
  WORKER_CRASHED: "INTERNAL_SERVER_ERROR",
  INTERNAL: "INTERNAL_SERVER_ERROR",
};

/** InferenceError → TRPCError with the matching code; the InferenceError stays the cause (retryAfterSeconds included). */
async function infer<R>(work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof InferenceError)) throw error;
    const retry = error.retryAfterSeconds ? ` Retry in ${error.retryAfterSeconds} s.` : "";
    throw new TRPCError({ code: TRPC_CODE[error.code], message: `${error.message}${retry}`, cause: error });
  }
}

const imageSchema = z.string().min(1).max(MAX_IMAGE_BASE64_CHARS, `image must be at most ${INPUT_LIMITS.imageBytes} bytes`);
const member = orgProcedure("MEMBER");

export const inferenceRouter = createTRPCRouter({
  /** Which model serves each task, and whether tiny demo models stand in, so the UI can say so. */
  status: member.query(async () => {
    const models = await getInference().models();
    return { models, tinyModelsLoaded: models.some((m) => m.tiny && m.present) };
  }),

  sentiment: member
    .input(z.object({ text: textSchema }))
    .mutation(({ input, signal }) => infer(() => getInference().run("sentiment", input, { signal }))),

  translate: member
    .input(z.object({ text: textSchema, direction: z.enum(["en-zh", "zh-en"]) }))
    .mutation(({ input, signal }) => infer(() => getInference().run(`translation-${input.direction}`, { text: input.text }, { signal }))),

  embed: member
    .input(z.object({ texts: z.array(textSchema).min(1).max(INPUT_LIMITS.embeddingTexts) }))
    .mutation(({ input, signal }) => infer(() => getInference().run("embeddings", input, { signal }))),

  classifyImage: member
    .input(z.object({ image: imageSchema, topK: topKSchema.optional() }))
    .mutation(({ input, signal }) =>
      infer(async () => {
        const { bytes } = await decodeImageInput(input.image);
        return getInference().run("image-classification", { image: bytes, topK: input.topK }, { signal });
      }),
    ),

  ocr: member
    .input(z.object({ image: imageSchema }))
    .mutation(({ input, signal }) =>
      infer(async () => {
        const { bytes } = await decodeImageInput(input.image);
        return getInference().run("ocr", { image: bytes }, { signal });
      }),
    ),

  /**
   * A task the browser ran itself (WebGPU or WASM): counted for analytics and plan quotas, not charged — in-browser
   * runs are free on every plan. The client's request id makes a retried report count once.
   */
  reportLocalRun: member
    .input(
      z.object({
        requestId: z.uuid(),
        task: z.enum([...BROWSER_TASKS, "ocr"]),
        model: z.string().min(1).max(200),
        units: z.number().int().min(1).max(1_000_000),
        unitKind: z.enum(["characters", "images", "texts", "tokens"]),
        ranOn: z.enum(["webgpu", "wasm"]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { event, duplicate } = await recordUsage(ctx.db, {
        ...input,
        requestId: `browser_${input.requestId}`,
        organizationId: ctx.organization.id,
        userId: ctx.user.id,
        billable: false,
      });
      return { id: event.id, duplicate };
    }),

  chat: member
    .input(z.object({ messages: chatMessagesSchema, maxNewTokens: maxNewTokensSchema.optional() }))
    .mutation(({ input, signal }) => infer(() => getInference().run("chat", input, { signal }))),
});
