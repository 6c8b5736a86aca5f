import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import { getInference } from "@/server/inference";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser, rejectsWithCode } from "@/tests/helpers/factories";
import { solidPng, tempModelsDir } from "@/tests/helpers/inference";

const db = testDb();
let models: Awaited<ReturnType<typeof tempModelsDir>>;
let caller: Awaited<ReturnType<typeof callerFor>>;

beforeAll(async () => {
  models = await tempModelsDir();
  // getInference() reads the environment on first use.
  Object.assign(process.env, { MODELS_DIR: models.dir, INFERENCE_TRANSPORT: "embedded", INFERENCE_WORKERS: "1", INFERENCE_DEVICE: "cpu", INFERENCE_THREADS: "1" });
  const user = await createUser(db, "inference");
  caller = await callerFor(db, user.id, user.personalOrganizationId);
});

afterAll(async () => {
  await getInference().close();
  await models?.remove();
});

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

describe("inference procedures", () => {
  it("status says tiny demo models are standing in", async () => {
    const status = await caller.inference.status();
    expect(status.tinyModelsLoaded).toBe(true);
    expect(status.models.find((m) => m.task === "sentiment")).toMatchObject({ model: "lumen-tiny/sentiment", tiny: true, fallback: true, present: true });
  });

  it("run each task for an organization member", async () => {
    expect(await caller.inference.sentiment({ text: "This is terrible, I want a refund" })).toMatchObject({ label: "NEGATIVE", ranOn: "server" });
    expect((await caller.inference.translate({ text: "谢谢", direction: "zh-en" })).text).toBe("thanks");
    expect((await caller.inference.embed({ texts: ["hello", "refund"] })).vectors).toHaveLength(2);
    expect((await caller.inference.chat({ messages: [{ role: "user", content: "hi" }] })).tokens).toBe(10);
    const image = await solidPng(10, 200, 40);
    expect((await caller.inference.classifyImage({ image: `data:image/png;base64,${base64(image)}` })).labels[0]!.label).toBe("green");
  });

  it("rejects bad input with BAD_REQUEST before any model runs", async () => {
    await rejectsWithCode(caller.inference.sentiment({ text: "   " }), "BAD_REQUEST");
    await rejectsWithCode(caller.inference.sentiment({ text: "x".repeat(5000) }), "BAD_REQUEST");
    const png = await solidPng(1, 2, 3);
    const corrupt = await rejectsWithCode(caller.inference.classifyImage({ image: base64(png.subarray(0, png.length - 20)) }), "BAD_REQUEST");
    expect(corrupt.message).toMatch(/could not be decoded/);
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "red" } }).gif().toBuffer();
    expect((await rejectsWithCode(caller.inference.classifyImage({ image: base64(gif) }), "BAD_REQUEST")).message).toMatch(/JPEG, PNG or WebP/);
    await rejectsWithCode(caller.inference.classifyImage({ image: "not base64!" }), "BAD_REQUEST");
  });
});
