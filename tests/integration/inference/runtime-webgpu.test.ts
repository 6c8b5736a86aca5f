import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Inference, createInference } from "@/server/inference";
import { TINY_CHAT_REPLY } from "@/scripts/models/tiny";
import { SWIFTSHADER_ICD, swiftShaderAvailable, tempModelsDir, testConfig } from "@/tests/helpers/inference";

// Dawn (inside onnxruntime-node) needs the Vulkan loader (libvulkan1) and an ICD: Chromium's SwiftShader here.
const vulkanLoader = (() => {
  try {
    return execFileSync("ldconfig", ["-p"], { encoding: "utf8" }).includes("libvulkan.so.1");
  } catch {
    return false;
  }
})();

describe.skipIf(!swiftShaderAvailable() || !vulkanLoader)("webgpu device on SwiftShader", () => {
  let models: Awaited<ReturnType<typeof tempModelsDir>>;
  let inference: Inference;

  beforeAll(async () => {
    models = await tempModelsDir();
    process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
    // auto: CUDA is not installed here, so the chain must land on webgpu and say why CUDA was skipped.
    inference = createInference(testConfig(models.dir, { INFERENCE_DEVICE: "auto", INFERENCE_WARM_TASKS: "sentiment,embeddings,chat" }));
  });

  afterAll(async () => {
    await inference?.close();
    await models?.remove();
  });

  it("falls through the device chain to webgpu and gives the same answers as on cpu", async () => {
    const sentiment = await Promise.all(["I love it, thanks!", "not good"].map((text) => inference.run("sentiment", { text })));
    expect(sentiment.map((r) => [r.label, r.device])).toEqual([["POSITIVE", "webgpu"], ["NEGATIVE", "webgpu"]]);
    expect(sentiment[0]!.score).toBeGreaterThan(0.99);
    const { vectors } = await inference.run("embeddings", { texts: ["reset my password", "How to reset your password", "Shipping and delivery times"] });
    const dot = (a: number[], b: number[]) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);
    expect(dot(vectors[0]!, vectors[1]!)).toBeGreaterThan(dot(vectors[0]!, vectors[2]!));
    expect(await inference.run("chat", { messages: [{ role: "user", content: "hi" }] })).toMatchObject({ text: TINY_CHAT_REPLY, device: "webgpu" });
    const [worker] = (await inference.health()).workers;
    expect(worker!.models.map((m) => m.device)).toEqual(["webgpu", "webgpu", "webgpu"]);
    expect(worker!.models[0]!.deviceFallbacks).toEqual([{ device: "cuda", error: expect.stringMatching(/cuda/i) }]);
  });
});
