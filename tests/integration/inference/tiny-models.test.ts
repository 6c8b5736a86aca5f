import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RawImage, TextStreamer, env, pipeline } from "@huggingface/transformers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TINY_MODELS, readTinyMarker, resolveModels, selectModel, verifyModels } from "../../../server/inference";
import { TINY_CHAT_REPLY, generateTinyModels } from "../../../scripts/models/tiny";

let modelsDir: string;

beforeAll(async () => {
  modelsDir = await mkdtemp(join(tmpdir(), "lumen-tiny-"));
  await generateTinyModels(modelsDir);
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = modelsDir;
});

afterAll(async () => {
  await rm(modelsDir, { recursive: true, force: true });
});

const id = (task: keyof typeof TINY_MODELS) => TINY_MODELS[task]!.id;

describe("tiny model generation", () => {
  it("is idempotent and verifies against the registry digests", async () => {
    const again = await generateTinyModels(modelsDir);
    expect(again.flatMap((r) => r.written)).toEqual([]);
    const checks = await verifyModels(resolveModels({ MODELS_PROFILE: "tiny" }).filter((s) => s.tiny), modelsDir);
    expect(checks.map((c) => [c.spec.id, c.ok])).toEqual(checks.map((c) => [c.spec.id, true]));
    expect(checks.flatMap((c) => c.files).every((f) => f.status === "ok" && f.pinnedBy === "registry")).toBe(true);
  });

  it("marks each folder as a tiny demo model and stands in for missing real models", async () => {
    expect(await readTinyMarker(modelsDir, id("chat"))).toMatchObject({ lumenTiny: true, task: "chat" });
    const selection = await selectModel("sentiment", { env: {}, modelsDir });
    expect(selection).toMatchObject({ fallback: true, spec: { id: "lumen-tiny/sentiment" } });
    expect(selection.configured.id).toBe("Xenova/distilbert-base-uncased-finetuned-sst-2-english");
  });
});

describe("tiny models through Transformers.js pipeline()", () => {
  it.each(["fp32", "q8"] as const)("sentiment (%s) labels English and Chinese word lists", async (dtype) => {
    const classify = await pipeline("text-classification", id("sentiment"), { dtype });
    const texts = ["I love it, thanks!", "This is terrible, I want a refund", "谢谢，很好", "我很生气", "not good", "what time is it"];
    const results = (await classify(texts)) as { label: string; score: number }[];
    expect(results.map((r) => r.label)).toEqual(["POSITIVE", "NEGATIVE", "POSITIVE", "NEGATIVE", "NEGATIVE", "POSITIVE"]);
    expect(results[0]!.score).toBeGreaterThan(0.99);
    expect(results[1]!.score).toBeGreaterThan(0.99);
    expect(results[5]!.score).toBeCloseTo(0.562, 2);
  });

  it("translation en→zh and zh→en return the dictionary translations", async () => {
    const enZh = await pipeline("translation", id("translation-en-zh"));
    const zhEn = await pipeline("translation", id("translation-zh-en"), { dtype: "q8" });
    const text = (out: unknown) => (out as { translation_text: string }[]).map((o) => o.translation_text);
    expect(text(await enZh(["Hello world", "I want a refund.", "Thank you!", "Where is my order?"]))).toEqual([
      "你好世界",
      "我想要退款。",
      "谢谢你！",
      "哪里是我的订单？",
    ]);
    expect(text(await zhEn(["你好，世界", "我想要退款。", "谢谢"]))).toEqual(["hello, world", "i want refund.", "thanks"]);
  });

  it("chat answers with the designed reply and streams it token by token", async () => {
    const generator = await pipeline("text-generation", id("chat"));
    const chunks: string[] = [];
    const streamer = new TextStreamer(generator.tokenizer, { skip_prompt: true, callback_function: (t: string) => chunks.push(t) });
    const output = (await generator([{ role: "user", content: "Who are you?" }], { max_new_tokens: 32, streamer })) as {
      generated_text: { role: string; content: string }[];
    }[];
    expect(output[0]!.generated_text.at(-1)).toEqual({ role: "assistant", content: TINY_CHAT_REPLY });
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    expect(chunks.join("")).toBe(TINY_CHAT_REPLY);
  });

  it("embeddings rank the designed neighbour first, across languages", async () => {
    const embed = await pipeline("feature-extraction", id("embeddings"));
    const docs = ["How to reset your password", "Refund policy: money back within 30 days", "Shipping and delivery times", "Invoice and billing questions"];
    const vectors = (await embed(docs, { pooling: "mean", normalize: true })).tolist() as number[][];
    const nearest = async (query: string) => {
      const [q] = (await embed(query, { pooling: "mean", normalize: true })).tolist() as number[][];
      const scores = vectors.map((v) => v.reduce((sum, x, i) => sum + x * q![i]!, 0));
      return docs[scores.indexOf(Math.max(...scores))];
    };
    expect(await nearest("I forgot my login password")).toBe(docs[0]);
    expect(await nearest("can I get my money back?")).toBe(docs[1]);
    expect(await nearest("where is my package")).toBe(docs[2]);
    expect(await nearest("我要退款")).toBe(docs[1]);
    expect(await nearest("发票")).toBe(docs[3]);
  });

  it("image classification labels a generated red image as red", async () => {
    const classify = await pipeline("image-classification", id("image-classification"));
    const solid = (r: number, g: number, b: number) => {
      const pixels = new Uint8ClampedArray(32 * 32 * 3);
      for (let i = 0; i < pixels.length; i += 3) pixels.set([r, g, b], i);
      return new RawImage(pixels, 32, 32, 3);
    };
    const top = async (image: RawImage) => ((await classify(image)) as { label: string; score: number }[])[0]!;
    const red = await top(solid(220, 30, 20));
    expect(red.label).toBe("red");
    expect(red.score).toBeGreaterThan(0.9);
    expect((await top(solid(10, 200, 40))).label).toBe("green");
    expect((await top(solid(30, 40, 230))).label).toBe("blue");
  });
});
