import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Inference, createInference } from "@/server/inference";
import { TINY_CHAT_REPLY } from "@/scripts/models/tiny";
import { isRunning, rejection, solidPng, tempModelsDir, testConfig, waitFor } from "@/tests/helpers/inference";

let models: Awaited<ReturnType<typeof tempModelsDir>>;
let inference: Inference;

beforeAll(async () => {
  models = await tempModelsDir();
  // One worker and a generous window, so concurrent requests land in one batch even on a busy machine.
  inference = createInference(testConfig(models.dir, { INFERENCE_BATCH_WINDOW_MS: "40", INFERENCE_MAX_BATCH: "16" }));
});

afterAll(async () => {
  await inference?.close();
  await models?.remove();
});

describe("embedded transport with the tiny models", () => {
  it("labels sentiment as designed and tags every result with model, device and origin", async () => {
    const texts = ["I love it, thanks!", "This is terrible, I want a refund", "谢谢，很好", "我很生气", "not good", "what time is it"];
    const results = await Promise.all(texts.map((text) => inference.run("sentiment", { text })));
    expect(results.map((r) => r.label)).toEqual(["POSITIVE", "NEGATIVE", "POSITIVE", "NEGATIVE", "NEGATIVE", "POSITIVE"]);
    expect(results[0]!.score).toBeGreaterThan(0.99);
    expect(results[5]!.score).toBeCloseTo(0.562, 2);
    expect(results[0]).toMatchObject({ model: "lumen-tiny/sentiment", tiny: true, device: "cpu", ranOn: "server" });
  });

  it("batches concurrent requests into fewer pipeline calls, and counts them in health", async () => {
    const before = await inference.health();
    const texts = Array.from({ length: 12 }, (_, i) => (i % 2 ? `great day ${i}` : `bad day ${i}`));
    const results = await Promise.all(texts.map((text) => inference.run("sentiment", { text })));
    expect(results.map((r) => r.label)).toEqual(texts.map((_, i) => (i % 2 ? "POSITIVE" : "NEGATIVE")));
    const after = await inference.health();
    const calls = after.pipelineCalls - before.pipelineCalls;
    expect(after.batchedRequests - before.batchedRequests).toBe(12);
    expect(calls).toBeGreaterThanOrEqual(1);
    expect(calls).toBeLessThan(12);
  });

  it("translates both directions word for word", async () => {
    const enZh = await Promise.all(["Hello world", "I want a refund.", "Where is my order?"].map((text) => inference.run("translation-en-zh", { text })));
    expect(enZh.map((r) => r.text)).toEqual(["你好世界", "我想要退款。", "哪里是我的订单？"]);
    expect((await inference.run("translation-zh-en", { text: "你好，世界" })).text).toBe("hello, world");
  });

  it("streams the chat reply token by token and returns the whole reply", async () => {
    const stream = inference.stream("chat", { messages: [{ role: "user", content: "Who are you?" }] });
    const pieces: string[] = [];
    for await (const piece of stream) pieces.push(piece);
    expect(pieces).toEqual(["Hello! ", "I ", "am ", "the ", "Lumen ", "tiny ", "demo ", "model."]);
    expect(await stream.result).toMatchObject({ text: TINY_CHAT_REPLY, tokens: 10, model: "lumen-tiny/chat" });
    expect((await inference.run("chat", { messages: [{ role: "user", content: "hi" }] })).text).toBe(TINY_CHAT_REPLY);
  });

  it("embeds so that the designed neighbour ranks first", async () => {
    const docs = ["How to reset your password", "Refund policy: money back within 30 days", "Shipping and delivery times", "Invoice and billing questions"];
    const { vectors, dims } = await inference.run("embeddings", { texts: docs });
    expect(vectors).toHaveLength(4);
    expect(dims).toBe(vectors[0]!.length);
    const nearest = async (query: string) => {
      const [q] = (await inference.run("embeddings", { texts: [query] })).vectors;
      const scores = vectors.map((v) => v.reduce((sum, x, i) => sum + x * q![i]!, 0));
      return docs[scores.indexOf(Math.max(...scores))];
    };
    const found = await Promise.all(["I forgot my login password", "我要退款", "where is my package", "发票"].map(nearest));
    expect(found).toEqual([docs[0], docs[1], docs[2], docs[3]]);
  });

  it("classifies image bytes by colour and rejects bytes that are not an image", async () => {
    const [red, blue] = await Promise.all([solidPng(220, 30, 20), solidPng(30, 40, 230)]);
    const results = await Promise.all([red, blue].map((image) => inference.run("image-classification", { image, topK: 2 })));
    expect(results.map((r) => r.labels[0]!.label)).toEqual(["red", "blue"]);
    expect(results[0]!.labels).toHaveLength(2);
    const error = await rejection(inference.run("image-classification", { image: new Uint8Array([1, 2, 3, 4]) }));
    expect(error.code).toBe("BAD_INPUT");
  });

  it("reports workers, device, loaded models and latency in health", async () => {
    const health = await inference.health();
    expect(health.transport).toBe("embedded");
    expect(health.workers).toHaveLength(1);
    expect(health.workers[0]!.models.map((m) => m.task)).toEqual(expect.arrayContaining(["sentiment", "chat", "embeddings"]));
    expect(health.workers[0]!.models.every((m) => m.device === "cpu" && m.tiny)).toBe(true);
    expect(health.tinyModelsLoaded).toBe(true);
    expect(health.client.latency.p50Ms).not.toBeNull();
    expect(health.client.latency.p95Ms).toBeGreaterThanOrEqual(health.client.latency.p50Ms!);
  });
});

describe("embedded transport failures", () => {
  let slow: Inference;
  let missing: Awaited<ReturnType<typeof tempModelsDir>>;
  let bare: Inference;

  beforeAll(async () => {
    // Every request waits 1.5 s in its worker: long enough to kill a worker mid-request or fill the queue.
    slow = createInference(testConfig(models.dir, { INFERENCE_WORKERS: "2", INFERENCE_DRILL_DELAY_MS: "1500", INFERENCE_QUEUE_LIMIT: "3", INFERENCE_WARM_TASKS: "sentiment" }));
    missing = await tempModelsDir(false);
    bare = createInference(testConfig(missing.dir, { INFERENCE_WARM_TASKS: "none" }));
  });

  afterAll(async () => {
    await Promise.all([slow?.close(), bare?.close()]);
    await missing?.remove();
  });

  it("retries a request on another worker when its worker is SIGKILLed mid-request", async () => {
    const pending = slow.run("sentiment", { text: "I love it" });
    let victim = 0;
    await waitFor(async () => {
      victim = (await slow.health()).workers.find((w) => w.inFlight > 0)?.pid ?? 0;
      return victim > 0;
    }, 20_000, "a worker to hold the request");
    process.kill(victim, "SIGKILL");
    const result = await pending;
    expect(result.label).toBe("POSITIVE");
    expect(isRunning(victim)).toBe(false);
    expect((await slow.health()).workers.map((w) => w.pid)).not.toContain(victim);
  });

  it("refuses work beyond the queue limit with OVERLOADED at once instead of queueing it", async () => {
    const admitted = [1, 2, 3].map((i) => slow.run("sentiment", { text: `good ${i}` }));
    const refused = slow.run("sentiment", { text: "one too many" }).catch((error: unknown) => error);
    const first = await Promise.race([refused, Promise.all(admitted).then(() => "admitted requests finished first")]);
    expect(first).toMatchObject({ code: "OVERLOADED", retryAfterSeconds: 1 });
    expect((await Promise.all(admitted)).every((r) => r.label === "POSITIVE")).toBe(true);
  });

  it("times out and cancels requests with typed errors", async () => {
    expect((await rejection(slow.run("sentiment", { text: "slow" }, { timeoutMs: 100 }))).code).toBe("TIMEOUT");
    const controller = new AbortController();
    const pending = slow.run("sentiment", { text: "cancel me" }, { signal: controller.signal });
    controller.abort();
    expect((await rejection(pending)).code).toBe("CANCELLED");
    expect((await slow.health()).client.errors).toMatchObject({ TIMEOUT: 1, CANCELLED: 1 });
  });

  it("names a missing model and how to get it", async () => {
    const error = await rejection(bare.run("sentiment", { text: "hello" }));
    expect(error.code).toBe("MODEL_MISSING");
    expect(error.message).toContain("Xenova/distilbert-base-uncased-finetuned-sst-2-english");
    expect(error.message).toContain("npm run models -- pull --task sentiment");
    expect(error.message).toContain("npm run models -- tiny");
  });

  it("rejects invalid input before it reaches a worker", async () => {
    expect((await rejection(bare.run("sentiment", { text: "" }))).code).toBe("BAD_INPUT");
  });
});
