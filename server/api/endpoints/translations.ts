import { z } from "zod";
import { INPUT_LIMITS, getInference } from "@/server/inference";
import { badRequest } from "../errors";
import type { ApiContext, ApiResult } from "../handler-types";
import { readJsonBody } from "../http";
import { countCharacters } from "./characters";

const language = z.enum(["en", "zh"]);
type Language = z.infer<typeof language>;

export const translationRequest = z.object({
  text: z.string().min(1).max(INPUT_LIMITS.textChars),
  source: language.optional().describe("Detected from the text when absent."),
  target: language,
});

export const translationResponse = z.object({
  object: z.literal("translation"),
  text: z.string(),
  source: language,
  target: language,
  detected_source: z.boolean(),
  model: z.string(),
  demo_model: z.boolean(),
  usage: z.object({ characters: z.int() }),
});

/** Chinese when Han characters make up at least a third of the letters. */
export function detectLanguage(text: string): Language {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return han > 0 && han * 3 >= han + latin ? "zh" : "en";
}

export async function translations({ request, signal, requestId }: ApiContext): Promise<ApiResult> {
  const body = await readJsonBody(request, translationRequest);
  const source = body.source ?? detectLanguage(body.text);
  if (source === body.target) throw badRequest(`The text is already in "${body.target}"; choose the other target language.`, "target");
  const task = source === "en" ? "translation-en-zh" : "translation-zh-en";
  const result = await getInference().run(task, { text: body.text }, { signal, requestId });
  const characters = countCharacters([body.text]);
  const response: z.infer<typeof translationResponse> = {
    object: "translation",
    text: result.text,
    source,
    target: body.target,
    detected_source: body.source === undefined,
    model: result.model,
    demo_model: result.tiny,
    usage: { characters },
  };
  return { kind: "json", body: response, model: result.model, tiny: result.tiny, usage: { units: characters, unitKind: "characters", model: result.model, ranOn: result.ranOn } };
}
