import { z } from "zod";
import { INPUT_LIMITS, getInference } from "@/server/inference";
import type { ApiContext, ApiResult } from "../handler-types";
import { readJsonBody } from "../http";
import { countCharacters } from "./characters";

const MAX_INPUTS = 64;
const text = z.string().min(1).max(INPUT_LIMITS.textChars);

export const sentimentRequest = z.object({
  input: z.union([text, z.array(text).min(1).max(MAX_INPUTS)]),
});

export const sentimentResponse = z.object({
  object: z.literal("list"),
  data: z.array(z.object({ index: z.int(), label: z.string(), score: z.number() })),
  model: z.string(),
  demo_model: z.boolean(),
  usage: z.object({ characters: z.int() }),
});

export async function sentiment({ request, signal, requestId }: ApiContext): Promise<ApiResult> {
  const body = await readJsonBody(request, sentimentRequest);
  const texts = typeof body.input === "string" ? [body.input] : body.input;
  const inference = getInference();
  // Separate runs: the runtime's batcher groups them into one pipeline call.
  const results = await Promise.all(texts.map((t, i) => inference.run("sentiment", { text: t }, { signal, requestId: `${requestId}:${i}` })));
  const first = results[0]!;
  const characters = countCharacters(texts);
  const response: z.infer<typeof sentimentResponse> = {
    object: "list",
    data: results.map((r, index) => ({ index, label: r.label, score: r.score })),
    model: first.model,
    demo_model: first.tiny,
    usage: { characters },
  };
  return { kind: "json", body: response, model: first.model, tiny: first.tiny, usage: { units: characters, unitKind: "characters", model: first.model, ranOn: first.ranOn } };
}
