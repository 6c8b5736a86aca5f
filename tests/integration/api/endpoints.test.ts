import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as chatCompletions } from "@/app/api/v1/chat/completions/route";
import { POST as embeddings } from "@/app/api/v1/embeddings/route";
import { POST as sentiment } from "@/app/api/v1/sentiment/route";
import { POST as translations } from "@/app/api/v1/translations/route";
import { POST as visionClassify } from "@/app/api/v1/vision/classify/route";
import { chatCompletionChunk, chatCompletionResponse } from "@/server/api/endpoints/chat-completions";
import { embeddingResponse } from "@/server/api/endpoints/embeddings";
import { sentimentResponse } from "@/server/api/endpoints/sentiment";
import { translationResponse } from "@/server/api/endpoints/translations";
import { visionClassifyResponse } from "@/server/api/endpoints/vision-classify";
import { TINY_CHAT_REPLY } from "@/scripts/models/tiny";
import { testDb } from "@/tests/helpers/db";
import { createApiOrganization, post, readEvents, solidImage, usageEvents, useTinyRuntime } from "./api-test-kit";

const db = testDb();
let cleanup: () => Promise<void>;
let org: Awaited<ReturnType<typeof createApiOrganization>>;

beforeAll(async () => {
  cleanup = await useTinyRuntime();
  org = await createApiOrganization(db);
});
afterAll(() => cleanup());

const call = (handler: Parameters<typeof post>[0], path: string, body: unknown, headers?: Record<string, string>) =>
  post(handler, path, { key: org.key.secret, body, headers });

const lastUsage = async () => (await usageEvents(db, org.organizationId)).at(-1)!;

describe("POST /v1/chat/completions", () => {
  const messages = [{ role: "user", content: "Hi there" }];

  it("answers with the tiny model's fixed reply, names the model and bills prompt + completion tokens", async () => {
    const res = await call(chatCompletions, "/chat/completions", { model: "anything", messages });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-lumen-model")).toBe("lumen-tiny/chat");
    expect(res.headers.get("x-lumen-demo-model")).toBe("true");
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    const body = chatCompletionResponse.parse(await res.json());
    expect(body.model).toBe("lumen-tiny/chat");
    expect(body.choices[0]).toMatchObject({ message: { role: "assistant", content: TINY_CHAT_REPLY }, finish_reason: "stop" });
    expect(body.usage.completion_tokens).toBe(10);
    expect(body.usage.prompt_tokens).toBeGreaterThan(3);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + 10);
    expect(await lastUsage()).toMatchObject({ task: "chat", units: body.usage.total_tokens, unitKind: "tokens", model: "lumen-tiny/chat", apiKeyId: org.key.id });
  });

  it("counts a longer prompt as more tokens and stops at max_tokens with finish_reason length", async () => {
    const short = chatCompletionResponse.parse(await (await call(chatCompletions, "/chat/completions", { messages })).json());
    const long = chatCompletionResponse.parse(
      await (await call(chatCompletions, "/chat/completions", { messages: [{ role: "system", content: "Be brief." }, ...messages], max_tokens: 3 })).json(),
    );
    expect(long.usage.prompt_tokens).toBeGreaterThan(short.usage.prompt_tokens);
    expect(long.usage.completion_tokens).toBe(3);
    expect(long.choices[0]!.finish_reason).toBe("length");
    expect(long.choices[0]!.message.content).toBe("Hello! I");
  });

  it("streams OpenAI chunks ending with a usage chunk and [DONE]", async () => {
    const res = await call(chatCompletions, "/chat/completions", { messages, stream: true, stream_options: { include_usage: true } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const events = await readEvents(res);
    expect(events.at(-1)).toBe("[DONE]");
    const chunks = events.slice(0, -1).map((e) => chatCompletionChunk.parse(e));
    expect(chunks[0]!.choices[0]!.delta.role).toBe("assistant");
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? "").join("")).toBe(TINY_CHAT_REPLY);
    expect(chunks.at(-2)!.choices[0]!.finish_reason).toBe("stop");
    const usage = chunks.at(-1)!;
    expect(usage.choices).toEqual([]);
    expect(usage.usage).toMatchObject({ completion_tokens: 10 });
    expect(await lastUsage()).toMatchObject({ task: "chat", units: usage.usage!.total_tokens });
  });

  it("rejects image content parts and unknown roles with 400 naming the field", async () => {
    const res = await call(chatCompletions, "/chat/completions", { messages: [{ role: "tool", content: "x" }] });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ type: "invalid_request_error", param: "messages.0.role" });
  });
});

describe("POST /v1/embeddings", () => {
  const cosine = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

  it("embeds an array with the designed neighbours and bills tokens", async () => {
    const input = ["I forgot my login password", "How to reset your password", "Refund policy: money back within 30 days"];
    const res = await call(embeddings, "/embeddings", { model: "text-embedding-3-small", input });
    expect(res.status).toBe(200);
    const body = embeddingResponse.parse(await res.json());
    const [question, password, refund] = body.data.map((d) => d.embedding as number[]);
    expect(body.data.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(question!).toHaveLength(33);
    expect(cosine(question!, password!)).toBeGreaterThan(cosine(question!, refund!));
    expect(body.usage.prompt_tokens).toBeGreaterThan(input.length * 2);
    expect(await lastUsage()).toMatchObject({ task: "embeddings", units: body.usage.prompt_tokens, unitKind: "tokens" });
  });

  it("returns little-endian float32 base64 equal to the float vectors", async () => {
    const floats = embeddingResponse.parse(await (await call(embeddings, "/embeddings", { input: "where is my package" })).json());
    const base64 = embeddingResponse.parse(await (await call(embeddings, "/embeddings", { input: "where is my package", encoding_format: "base64" })).json());
    const bytes = Buffer.from(base64.data[0]!.embedding as string, "base64");
    const decoded = Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4));
    const expected = floats.data[0]!.embedding as number[];
    expect(decoded).toHaveLength(expected.length);
    decoded.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 6));
  });
});

describe("POST /v1/translations", () => {
  it.each([
    [{ text: "I want a refund.", target: "zh" }, "我想要退款。", "en", true],
    [{ text: "你好，世界", target: "en" }, "hello, world", "zh", true],
    [{ text: "Thank you!", source: "en", target: "zh" }, "谢谢你！", "en", false],
  ])("%j → %s", async (request, text, source, detected) => {
    const res = await call(translations, "/translations", request);
    expect(res.status).toBe(200);
    const body = translationResponse.parse(await res.json());
    expect(body).toMatchObject({ text, source, detected_source: detected, demo_model: true, usage: { characters: [...request.text].length } });
    expect(body.model).toBe(`lumen-tiny/translation-${source}-${request.target}`);
  });

  it("refuses a target equal to the source", async () => {
    const res = await call(translations, "/translations", { text: "谢谢", target: "zh" });
    expect(res.status).toBe(400);
    expect((await res.json()).error.param).toBe("target");
  });
});

describe("POST /v1/sentiment", () => {
  it("labels one text or many and bills characters", async () => {
    const one = sentimentResponse.parse(await (await call(sentiment, "/sentiment", { input: "I love it, thanks!" })).json());
    expect(one.data).toEqual([{ index: 0, label: "POSITIVE", score: expect.closeTo(0.998, 2) }]);
    const many = sentimentResponse.parse(await (await call(sentiment, "/sentiment", { input: ["This is terrible, I want a refund", "谢谢，很好", "我很生气"] })).json());
    expect(many.data.map((d) => d.label)).toEqual(["NEGATIVE", "POSITIVE", "NEGATIVE"]);
    expect(many.usage.characters).toBe(33 + 5 + 4);
    expect(await lastUsage()).toMatchObject({ task: "sentiment", units: 42, unitKind: "characters", model: "lumen-tiny/sentiment" });
  });
});

describe("POST /v1/vision/classify", () => {
  it("classifies a multipart upload by dominant colour", async () => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(await solidImage([220, 30, 20]))], { type: "image/png" }), "red.png");
    form.set("top_k", "2");
    const res = await post(visionClassify, "/vision/classify", { key: org.key.secret, raw: form });
    expect(res.status).toBe(200);
    const body = visionClassifyResponse.parse(await res.json());
    expect(body.labels).toHaveLength(2);
    expect(body.labels[0]).toMatchObject({ label: "red" });
    expect(body.labels[0]!.score).toBeGreaterThan(0.9);
    expect(await lastUsage()).toMatchObject({ task: "image-classification", units: 1, unitKind: "images" });
  });

  it.each(["jpeg", "webp"] as const)("accepts %s as base64 JSON and as a data: URL", async (format) => {
    const base64 = (await solidImage([10, 200, 40], format)).toString("base64");
    for (const image of [base64, `data:image/${format};base64,${base64}`]) {
      const body = visionClassifyResponse.parse(await (await call(visionClassify, "/vision/classify", { image })).json());
      expect(body.labels[0]!.label).toBe("green");
    }
  });

  it("refuses unsupported formats and corrupt images with 400 and bills nothing", async () => {
    const before = (await usageEvents(db, org.organizationId)).length;
    const gif = Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1").toString("base64");
    const png = await solidImage([30, 40, 230]);
    const corrupt = Buffer.concat([png.subarray(0, 8), Buffer.from("not really a png at all")]).toString("base64");
    const truncated = (await solidImage([30, 40, 230], "jpeg", 64)).subarray(0, 200).toString("base64");
    for (const [image, code] of [[gif, "unsupported_image_format"], [corrupt, "invalid_image"], [truncated, null]] as const) {
      const res = await call(visionClassify, "/vision/classify", { image });
      expect(res.status).toBe(400);
      if (code) expect((await res.json()).error.code).toBe(code);
    }
    expect(await usageEvents(db, org.organizationId)).toHaveLength(before);
  });
});
