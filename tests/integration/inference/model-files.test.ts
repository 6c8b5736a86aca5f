import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserModelManifest, modelVersion, serveModelFile } from "@/server/inference";
import { generateTinyModels } from "@/scripts/models/tiny";

let modelsDir: string;
const ID = "lumen-tiny/sentiment";
const FILE = "onnx/model_quantized.onnx";

beforeAll(async () => {
  modelsDir = await mkdtemp(join(tmpdir(), "lumen-model-files-"));
  await generateTinyModels(modelsDir);
});

afterAll(async () => {
  await rm(modelsDir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  serveModelFile(modelsDir, path.split("/"), new Request(`http://127.0.0.1/api/models/${path}`, { headers }));

describe("model files for the browser", () => {
  it("streams a file with its ETag, and caches immutably only under the current content version", async () => {
    const version = await modelVersion(modelsDir, ID);
    const original = await readFile(join(modelsDir, ID, FILE));

    const pinned = await get(`${ID}/resolve/${version}/${FILE}`);
    expect(pinned.status).toBe(200);
    expect(pinned.headers.get("cache-control")).toContain("immutable");
    expect(pinned.headers.get("content-length")).toBe(String(original.length));
    expect(Buffer.from(await pinned.arrayBuffer()).equals(original)).toBe(true);

    const floating = await get(`${ID}/resolve/main/${FILE}`);
    expect(floating.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(floating.headers.get("etag")).toBe(pinned.headers.get("etag"));
  });

  it("answers a matching If-None-Match with 304", async () => {
    const first = await get(`${ID}/resolve/main/config.json`);
    const again = await get(`${ID}/resolve/main/config.json`, { "if-none-match": first.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
  });

  it("serves byte ranges, suffix ranges and refuses unsatisfiable ones", async () => {
    const original = await readFile(join(modelsDir, ID, FILE));
    const head = await get(`${ID}/resolve/main/${FILE}`, { range: "bytes=0-9" });
    expect(head.status).toBe(206);
    expect(head.headers.get("content-range")).toBe(`bytes 0-9/${original.length}`);
    expect(Buffer.from(await head.arrayBuffer()).equals(original.subarray(0, 10))).toBe(true);

    const tail = await get(`${ID}/resolve/main/${FILE}`, { range: "bytes=-5" });
    expect(Buffer.from(await tail.arrayBuffer()).equals(original.subarray(original.length - 5))).toBe(true);

    const beyond = await get(`${ID}/resolve/main/${FILE}`, { range: `bytes=${original.length + 10}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${original.length}`);
  });

  it.each([
    ["a parent-directory segment", `${ID}/resolve/main/../../etc/passwd`],
    ["a traversal in the model id", `lumen-tiny/../resolve/main/x`],
    ["no resolve segment", `${ID}/main/${FILE}`],
    ["an odd character", `${ID}/resolve/main/onnx/model%00.onnx`],
  ])("refuses %s with 400", async (_label, path) => {
    expect((await get(path)).status).toBe(400);
  });

  it("answers 404 for a file that is not there, naming it", async () => {
    const missing = await get(`lumen-tiny/nothing/resolve/main/config.json`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain("lumen-tiny/nothing/config.json");
  });

  it("lists the browser models with content versions and download sizes", async () => {
    const models = await browserModelManifest({ MODELS_DIR: modelsDir, MODELS_PROFILE: "tiny" });
    expect(models.map((m) => m.task).sort()).toEqual(["chat", "embeddings", "image-classification", "sentiment", "translation-en-zh", "translation-zh-en"]);
    const sentiment = models.find((m) => m.task === "sentiment")!;
    expect(sentiment).toMatchObject({ id: ID, tiny: true, pipelineTask: "text-classification", revision: await modelVersion(modelsDir, ID) });
    expect(sentiment.weights).toEqual({ fp32: "onnx/model.onnx", q8: "onnx/model_quantized.onnx" });
    expect(models.find((m) => m.task === "translation-en-zh")?.weights.q8).toMatch(/^onnx\/(encoder|decoder)_model.*_quantized\.onnx$/);
    expect(sentiment.bytes).toBeGreaterThan(1000);
  });
});
