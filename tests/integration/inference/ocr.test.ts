import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_MODELS } from "@/server/inference";
import {
  OCR_MAX_IMAGE_BYTES,
  OCR_MAX_IMAGE_PIXELS,
  OCR_MODEL_FILES,
  OcrImageError,
  OcrModelsNotFoundError,
  createOcrEngine,
  decodeImage,
  locateOcrModels,
  normalizeRecognizedText,
  type OcrEngine,
} from "@/server/inference/ocr";
import {
  SCREENSHOT_LINES,
  canvasPixels,
  encodeCanvas,
  registerTestFonts,
  renderScreenshotCanvas,
  renderTextCanvas,
  renderTextImage,
} from "../../helpers/render-text-image";

/** The v4 recognizer often drops the space between words at small sizes: compare without whitespace. */
const squash = (text: string) => text.replace(/\s+/g, "").toLowerCase();

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Character error rate over the whitespace-free, case-folded texts. */
const characterErrorRate = (actual: string, expected: string) =>
  editDistance(squash(actual), squash(expected)) / squash(expected).length;

async function expectImageError(promise: Promise<unknown>, code: OcrImageError["code"]) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(OcrImageError);
  expect((error as OcrImageError).code).toBe(code);
}

let engine: OcrEngine;
let firstLoadMs: number;

beforeAll(async () => {
  expect(registerTestFonts().cjk, "no Chinese font: run scripts/ensure-services.sh").toBe(true);
  const started = performance.now();
  engine = await createOcrEngine();
  firstLoadMs = performance.now() - started;
});

afterAll(async () => {
  await engine?.dispose();
});

describe("OCR model files", () => {
  let modelsDir: string;
  beforeAll(async () => {
    modelsDir = await mkdtemp(join(tmpdir(), "lumen-ocr-models-"));
  });
  afterAll(async () => {
    await rm(modelsDir, { recursive: true, force: true });
  });

  it("names the files the registry pins for the ocr task", () => {
    const registryPaths = DEFAULT_MODELS.ocr.files.map((f) => f.path).sort();
    expect(Object.values(OCR_MODEL_FILES).sort()).toEqual(registryPaths);
  });

  it("falls back to the installed npm package, then prefers MODELS_DIR/<model id> once pulled there", async () => {
    const fromPackage = await locateOcrModels({ env: { MODELS_DIR: modelsDir } });
    expect(fromPackage.source).toBe("npm-package");
    expect(fromPackage.dir).toMatch(/node_modules[\\/]@gutenye[\\/]ocr-models$/);

    const pulledDir = join(modelsDir, "gutenye", "ocr-models");
    for (const file of Object.values(OCR_MODEL_FILES)) {
      await mkdir(dirname(join(pulledDir, file)), { recursive: true });
      await copyFile(join(fromPackage.dir, file), join(pulledDir, file));
    }
    const pulled = await locateOcrModels({ env: { MODELS_DIR: modelsDir } });
    expect(pulled).toMatchObject({ source: "models-dir", dir: pulledDir });
    expect(pulled.files.recognition).toBe(join(pulledDir, "assets/ch_PP-OCRv4_rec_infer.onnx"));
  });

  it("reports every folder it looked in when the models are missing", async () => {
    const missing = join(modelsDir, "nowhere");
    const error = await locateOcrModels({ modelDir: missing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OcrModelsNotFoundError);
    expect((error as OcrModelsNotFoundError).tried).toEqual([missing]);
    await expect(createOcrEngine({ modelDir: missing })).rejects.toThrow(/npm run models -- pull --task ocr/);
  });

  it("loads the models once per folder and shares them between engines", async () => {
    const started = performance.now();
    const second = await createOcrEngine();
    const secondLoadMs = performance.now() - started;
    expect(second.models.dir).toBe(engine.models.dir);
    expect(secondLoadMs).toBeLessThan(Math.max(50, firstLoadMs / 4));
    await second.dispose();
    // The first engine's handle keeps the shared sessions alive.
    expect((await engine.recognize(await renderTextImage(["still loaded"], "png"))).text).toBe("still loaded");
  });
});

describe("recognition", () => {
  it("reads an English line exactly", async () => {
    const result = await engine.recognize(await renderTextImage(["Account locked after 5 failed sign-in attempts"], "png"));
    expect(result.text).toBe("Account locked after 5 failed sign-in attempts");
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]!.confidence).toBeGreaterThan(0.9);
    expect(result).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
    expect(result.durationMs).toBeGreaterThan(0);
  });

  it.each(["png", "jpeg", "webp"] as const)("reads three lines of a %s in order", async (format) => {
    const lines = ["Invoice #A-10294", "Total: $1,249.50 USD", "Order shipped on 2024-03-17"];
    const result = await engine.recognize(await renderTextImage(lines, format));
    expect(result.lines.map((l) => squash(l.text))).toEqual(lines.map(squash));
    expect(result.text.split("\n")).toHaveLength(3);
  });

  it("reads Chinese lines exactly", async () => {
    const result = await engine.recognize(await renderTextImage(["请帮我重置密码", "我的账户无法登录"], "png", { font: "cjk" }));
    expect(result.text).toBe("请帮我重置密码\n我的账户无法登录");
  });

  it("reads mixed Chinese and English and folds full-width forms (NFKC)", async () => {
    const lines = ["发票金额：１２８元", "ＯＲＤＥＲ：ＡＢ１２３", "订单 Order #58231 已发货"];
    const result = await engine.recognize(await renderTextImage(lines, "webp", { font: "cjk" }));
    expect(result.lines.map((l) => squash(l.text))).toEqual(["发票金额:128元", "order:ab123", "订单order#58231已发货"]);
    expect(result.text).not.toMatch(/[\uFF01-\uFF5E]/);
  });

  it("reads a screenshot of an error dialog", async () => {
    const canvas = renderScreenshotCanvas();
    const result = await engine.recognize(await encodeCanvas(canvas, "png"));
    const expected = [SCREENSHOT_LINES.title, SCREENSHOT_LINES.heading, ...SCREENSHOT_LINES.body, SCREENSHOT_LINES.button];
    expect(result).toMatchObject({ width: 1280, height: 720 });
    expect(result.lines.map((l) => l.text)).toContain("Error 504: Payment gateway timeout");
    expect(characterErrorRate(result.text, expected.join("\n"))).toBeLessThanOrEqual(0.02);
    expect(result.lines.map((l) => squash(l.text))).toEqual(expected.map(squash));

    const heading = result.lines.find((l) => l.text.startsWith("Error 504"))!;
    expect(heading.box).toHaveLength(4);
    for (const [x, y] of heading.box) {
      expect(x).toBeGreaterThanOrEqual(370);
      expect(x).toBeLessThanOrEqual(980);
      expect(y).toBeGreaterThanOrEqual(235);
      expect(y).toBeLessThanOrEqual(290);
    }
  });

  it("reads small 14 px text with at most 3% character errors", async () => {
    const lines = ["Refund request: order 7731 arrived damaged", "Please send a replacement by Friday, thanks."];
    const result = await engine.recognize(await renderTextImage(lines, "png", { fontSize: 14, padding: 8 }));
    expect(characterErrorRate(result.text, lines.join(""))).toBeLessThanOrEqual(0.03);
  });

  it("reads a tight crop of one small line (short side under 64 px is scaled up for detection)", async () => {
    const strip = await renderTextImage(["Contact: support@lumen.example.com"], "png", { font: "serif", fontSize: 14, padding: 10 });
    const result = await engine.recognize(strip);
    expect(result.height).toBeLessThan(64);
    expect(squash(result.text)).toBe("contact:support@lumen.example.com");
  });

  it("accepts decoded RGBA pixels and gives the same text as the PNG", async () => {
    const canvas = renderTextCanvas(["Where is my order #58231?"], { font: "serif" });
    const fromPixels = await engine.recognize(canvasPixels(canvas));
    const fromPng = await engine.recognize(await encodeCanvas(canvas, "png"));
    expect(squash(fromPixels.text)).toBe(squash("Where is my order #58231?"));
    expect(fromPixels.text).toBe(fromPng.text);
  });

  it("reads dark text on a transparent background", async () => {
    const canvas = createCanvas(420, 80);
    const ctx = canvas.getContext("2d");
    ctx.font = '32px "Test Sans"';
    ctx.fillStyle = "#000000";
    ctx.textBaseline = "middle";
    ctx.fillText("Transparent 123", 20, 40);
    // Transparent pixels are black in RGB: without compositing over white this reads nothing.
    expect(squash((await engine.recognize(await encodeCanvas(canvas, "png"))).text)).toBe("transparent123");
  });

  it("turns upside-down text with the direction classifier", async () => {
    const upright = renderTextCanvas(["Upside down receipt total 42.00", "Thank you for shopping"]);
    const flipped = createCanvas(upright.width, upright.height);
    const ctx = flipped.getContext("2d");
    ctx.translate(upright.width, upright.height);
    ctx.rotate(Math.PI);
    ctx.drawImage(upright, 0, 0);
    const result = await engine.recognize(await encodeCanvas(flipped, "png"));
    // Detection still orders the boxes by position: the second line is now on top.
    expect(result.lines.map((l) => squash(l.text))).toEqual(["thankyouforshopping", "upsidedownreceipttotal42.00"]);
  });

  it("applies the EXIF orientation of JPEG photos", async () => {
    const upright = await renderTextImage(["Rotated photo 2024"], "png");
    const stored = await sharp(upright).rotate(180).jpeg().withMetadata({ orientation: 3 }).toBuffer();
    const result = await engine.recognize(stored, { detectUpsideDown: false });
    expect(squash(result.text)).toBe("rotatedphoto2024");
  });

  it("returns no text for a blank image", async () => {
    const blank = await sharp({ create: { width: 640, height: 360, channels: 3, background: "#f4f4f4" } }).png().toBuffer();
    const result = await engine.recognize(blank);
    expect(result).toMatchObject({ text: "", lines: [], width: 640, height: 360 });
  });

  it("serves concurrent calls", async () => {
    const texts = ["first request 111", "second request 222", "third request 333"];
    const images = await Promise.all(texts.map((t) => renderTextImage([t], "png")));
    const results = await Promise.all(images.map((image) => engine.recognize(image)));
    expect(results.map((r) => r.text)).toEqual(texts);
  });
});

describe("image validation", () => {
  it("exports the limits", () => {
    expect(OCR_MAX_IMAGE_BYTES).toBe(10 * 1024 * 1024);
    expect(OCR_MAX_IMAGE_PIXELS).toBe(40_000_000);
  });

  it("decodes PNG, JPEG and WebP to RGBA", async () => {
    for (const format of ["png", "jpeg", "webp"] as const) {
      const decoded = await decodeImage(await renderTextImage(["pixels"], format));
      expect(decoded.data.length).toBe(decoded.width * decoded.height * 4);
    }
    const gray = await sharp(await renderTextImage(["gray"], "png")).grayscale().png().toBuffer();
    const decoded = await decodeImage(gray);
    expect(decoded.data.length).toBe(decoded.width * decoded.height * 4);
  });

  it("rejects corrupt images with a typed error", async () => {
    const png = await renderTextImage(["corrupt me"], "png");
    const jpeg = await renderTextImage(["corrupt me"], "jpeg");
    await expectImageError(decodeImage(png.slice(0, Math.floor(png.length / 2))), "corrupt");
    await expectImageError(decodeImage(new Uint8Array([...png.slice(0, 8), ...new Uint8Array(400).fill(7)])), "corrupt");
    await expectImageError(decodeImage(jpeg.slice(0, 1500)), "corrupt");
    await expectImageError(engine.recognize(png.slice(0, 200)), "corrupt");
  });

  it("rejects empty input and formats other than PNG, JPEG and WebP", async () => {
    await expectImageError(decodeImage(new Uint8Array(0)), "empty");
    await expectImageError(decodeImage(new TextEncoder().encode("GIF89a\x01\x00\x01\x00")), "unsupported_format");
    await expectImageError(decodeImage(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>")), "unsupported_format");
  });

  it("rejects oversized images before decoding them", async () => {
    const huge = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: "#ffffff" } }).png().toBuffer();
    expect(huge.length).toBeLessThan(OCR_MAX_IMAGE_BYTES);
    await expectImageError(decodeImage(huge), "too_many_pixels");
    await expectImageError(engine.recognize(huge), "too_many_pixels");
    await expectImageError(decodeImage(new Uint8Array(OCR_MAX_IMAGE_BYTES + 1)), "too_many_bytes");
    await expectImageError(engine.recognize({ width: 8000, height: 6000, data: new Uint8Array(4) }), "too_many_pixels");
    await expectImageError(engine.recognize({ width: 10, height: 10, data: new Uint8Array(10 * 10 * 3) }), "corrupt");
  });

  it("normalizes recognized text with NFKC and collapses whitespace", () => {
    expect(normalizeRecognizedText("  Ｅｒｒｏｒ：５０４\u3000timeout ")).toBe("Error:504 timeout");
  });
});
