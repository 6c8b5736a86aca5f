import type { z } from "zod";
import type { ApiScope } from "@/server/api-keys";
import { chatCompletionChunk, chatCompletionRequest, chatCompletionResponse, chatCompletions } from "./endpoints/chat-completions";
import { embeddingRequest, embeddingResponse, embeddings } from "./endpoints/embeddings";
import { sentiment, sentimentRequest, sentimentResponse } from "./endpoints/sentiment";
import { translationRequest, translationResponse, translations } from "./endpoints/translations";
import { visionClassify, visionClassifyJsonRequest, visionClassifyMultipartRequest, visionClassifyResponse } from "./endpoints/vision-classify";
import type { ApiHandler, UnitKind } from "./handler-types";
import { withApiKey } from "./with-api-key";

export interface ApiRouteSpec {
  summary: string;
  scope: ApiScope;
  /** Task name on usage events. */
  task: string;
  unit: UnitKind;
  handler: ApiHandler;
  request: { json: z.ZodType; multipart?: z.ZodType };
  response: z.ZodType;
  /** Set when `stream: true` answers with server-sent events of this shape. */
  streamEvent?: z.ZodType;
}

/** Every public endpoint (paths below /api/v1): the route files, the OpenAPI document and the docs read this table. */
export const API_ROUTES = {
  "/chat/completions": {
    summary: "Chat completion (OpenAI-compatible, with streaming)",
    scope: "chat",
    task: "chat",
    unit: "tokens",
    handler: chatCompletions,
    request: { json: chatCompletionRequest },
    response: chatCompletionResponse,
    streamEvent: chatCompletionChunk,
  },
  "/embeddings": {
    summary: "Embeddings (OpenAI-compatible)",
    scope: "embeddings",
    task: "embeddings",
    unit: "tokens",
    handler: embeddings,
    request: { json: embeddingRequest },
    response: embeddingResponse,
  },
  "/translations": {
    summary: "Translate between English and Chinese",
    scope: "translate",
    task: "translation",
    unit: "characters",
    handler: translations,
    request: { json: translationRequest },
    response: translationResponse,
  },
  "/sentiment": {
    summary: "Sentiment of one text or many",
    scope: "sentiment",
    task: "sentiment",
    unit: "characters",
    handler: sentiment,
    request: { json: sentimentRequest },
    response: sentimentResponse,
  },
  "/vision/classify": {
    summary: "Classify an image (JPEG, PNG or WebP)",
    scope: "vision",
    task: "image-classification",
    unit: "images",
    handler: visionClassify,
    request: { json: visionClassifyJsonRequest, multipart: visionClassifyMultipartRequest },
    response: visionClassifyResponse,
  },
} satisfies Record<string, ApiRouteSpec>;

export type ApiPath = keyof typeof API_ROUTES;

/** The POST handler of one endpoint, behind the API-key wrapper. */
export function apiRoute(path: ApiPath): (request: Request) => Promise<Response> {
  const spec: ApiRouteSpec = API_ROUTES[path];
  return withApiKey(spec.handler, { scope: spec.scope, task: spec.task });
}
