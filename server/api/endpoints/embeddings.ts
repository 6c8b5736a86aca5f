import { z } from "zod";
import { INPUT_LIMITS, getInference } from "@/server/inference";
import type { ApiContext, ApiResult } from "../handler-types";
import { readJsonBody } from "../http";
import { countTextTokens } from "../token-count";

export const embeddingRequest = z.object({
  model: z.string().max(200).optional().describe("Accepted for compatibility; the configured embeddings model answers and the response names it."),
  input: z.union([z.string(), z.array(z.string()).min(1).max(INPUT_LIMITS.embeddingTexts)]).describe("Text or texts (token arrays are not supported)."),
  encoding_format: z.enum(["float", "base64"]).default("float").describe("`base64`: little-endian float32 bytes."),
  user: z.string().optional(),
});

export const embeddingResponse = z.object({
  object: z.literal("list"),
  data: z.array(z.object({ object: z.literal("embedding"), index: z.int(), embedding: z.union([z.array(z.number()), z.string()]) })),
  model: z.string(),
  usage: z.object({ prompt_tokens: z.int(), total_tokens: z.int() }),
});

const toBase64 = (vector: number[]) => Buffer.from(Float32Array.from(vector).buffer).toString("base64");

export async function embeddings({ request, signal, requestId }: ApiContext): Promise<ApiResult> {
  const body = await readJsonBody(request, embeddingRequest);
  const texts = typeof body.input === "string" ? [body.input] : body.input;
  const result = await getInference().run("embeddings", { texts }, { signal, requestId });
  const tokens = await countTextTokens(result.model, texts);
  const response: z.infer<typeof embeddingResponse> = {
    object: "list",
    data: result.vectors.map((vector, index) => ({
      object: "embedding",
      index,
      embedding: body.encoding_format === "base64" ? toBase64(vector) : vector,
    })),
    model: result.model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
  return { kind: "json", body: response, model: result.model, tiny: result.tiny, usage: { units: tokens, unitKind: "tokens", model: result.model, ranOn: result.ranOn } };
}
