import { z } from "zod";
import { INPUT_LIMITS, getInference } from "@/server/inference";
import { badRequest } from "../errors";
import type { ApiContext, ApiResult } from "../handler-types";
import { readJsonBody } from "../http";
import { checkImage } from "./vision-image";

const topK = z.coerce.number().int().min(1).max(INPUT_LIMITS.topK).default(5);

export const visionClassifyJsonRequest = z.object({
  image: z.string().min(1).describe("Base64 image bytes, or a data: URL."),
  top_k: topK,
});

export const visionClassifyMultipartRequest = z.object({
  file: z.string().describe("The image file (JPEG, PNG or WebP).").meta({ format: "binary" }),
  top_k: topK.optional(),
});

export const visionClassifyResponse = z.object({
  object: z.literal("classification"),
  labels: z.array(z.object({ label: z.string(), score: z.number() })),
  model: z.string(),
  demo_model: z.boolean(),
  usage: z.object({ images: z.int() }),
});

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
// Base64 grows bytes by 4/3; the margin covers the rest of the body.
const MAX_BODY_BYTES = Math.ceil((INPUT_LIMITS.imageBytes * 4) / 3) + 64 * 1024;
const multipartFields = z.object({ top_k: topK });

async function readImage(request: Request): Promise<{ image: Uint8Array; topK: number; param: string }> {
  const type = request.headers.get("content-type") ?? "";
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    throw badRequest(`The request body is larger than ${MAX_BODY_BYTES} bytes.`, undefined, "image_too_large");
  }
  if (type.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => {
      throw badRequest("The multipart body could not be read.", undefined, "invalid_multipart");
    });
    const file = form.get("file");
    if (!(file instanceof Blob)) throw badRequest("Attach the image as the form field `file`.", "file");
    return { image: new Uint8Array(await file.arrayBuffer()), topK: multipartFields.parse({ top_k: form.get("top_k") ?? undefined }).top_k, param: "file" };
  }
  const body = await readJsonBody(request, visionClassifyJsonRequest);
  const base64 = body.image.replace(/^data:image\/[\w.+-]+;base64,/, "").replace(/\s+/g, "");
  if (!BASE64.test(base64)) throw badRequest("`image` must be base64-encoded bytes or a data: URL.", "image");
  return { image: new Uint8Array(Buffer.from(base64, "base64")), topK: body.top_k, param: "image" };
}

export async function visionClassify({ request, signal, requestId }: ApiContext): Promise<ApiResult> {
  const { image, topK: k, param } = await readImage(request);
  await checkImage(image, param);
  const result = await getInference().run("image-classification", { image, topK: k }, { signal, requestId });
  const response: z.infer<typeof visionClassifyResponse> = {
    object: "classification",
    labels: result.labels,
    model: result.model,
    demo_model: result.tiny,
    usage: { images: 1 },
  };
  return { kind: "json", body: response, model: result.model, tiny: result.tiny, usage: { units: 1, unitKind: "images", model: result.model, ranOn: result.ranOn } };
}
