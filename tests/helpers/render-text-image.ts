import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { GlobalFonts, createCanvas, type Canvas, type SKRSContext2D } from "@napi-rs/canvas";

export type ImageFormat = "png" | "jpeg" | "webp";

const LATIN_FONT_FILES = [
  ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "Test Sans"],
  ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "Test Sans Bold"],
  ["/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", "Test Serif"],
] as const;

let registered = false;
let cjkFamily: string | null = null;

/** Registers the fonts the renders use; returns whether a Chinese font was found (`fc-list :lang=zh`). */
export function registerTestFonts(): { cjk: boolean } {
  if (!registered) {
    registered = true;
    for (const [file, family] of LATIN_FONT_FILES) if (existsSync(file)) GlobalFonts.registerFromPath(file, family);
    const cjkFile = firstChineseFontFile();
    if (cjkFile && GlobalFonts.registerFromPath(cjkFile, "Test CJK")) cjkFamily = "Test CJK";
  }
  return { cjk: cjkFamily !== null };
}

function firstChineseFontFile(): string | null {
  try {
    const out = execFileSync("fc-list", [":lang=zh", "file"], { encoding: "utf8" });
    return out.split("\n").map((line) => line.replace(/:\s*$/, "").trim()).find(Boolean) ?? null;
  } catch {
    return null;
  }
}

export interface TextImageOptions {
  fontSize?: number;
  /** "sans" (DejaVu Sans), "bold", "serif" (Liberation Serif) or "cjk" (the Chinese font). */
  font?: "sans" | "bold" | "serif" | "cjk";
  padding?: number;
  background?: string;
  color?: string;
}

function family(font: TextImageOptions["font"]): string {
  registerTestFonts();
  if (font === "cjk") {
    if (!cjkFamily) throw new Error("no Chinese font installed: run scripts/ensure-services.sh (fonts-wqy-zenhei)");
    return cjkFamily;
  }
  return { sans: "Test Sans", bold: "Test Sans Bold", serif: "Test Serif" }[font ?? "sans"];
}

/** Lines of text, left-aligned, on a plain background sized to fit. */
export function renderTextCanvas(lines: string[], options: TextImageOptions = {}): Canvas {
  const { fontSize = 32, padding = 24, background = "#ffffff", color = "#111111" } = options;
  const font = `${fontSize}px "${family(options.font)}"`;
  const measure = createCanvas(1, 1).getContext("2d");
  measure.font = font;
  const width = Math.ceil(Math.max(...lines.map((line) => measure.measureText(line).width)) + padding * 2);
  const lineHeight = Math.round(fontSize * 1.6);
  const canvas = createCanvas(width, lineHeight * lines.length + padding * 2);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = color;
  ctx.font = font;
  ctx.textBaseline = "middle";
  lines.forEach((line, i) => ctx.fillText(line, padding, padding + lineHeight * (i + 0.5)));
  return canvas;
}

export const SCREENSHOT_LINES = {
  title: "Checkout - Lumen Store",
  heading: "Error 504: Payment gateway timeout",
  body: ["The payment provider did not respond in time.", "Your card has not been charged. Please try again."],
  button: "Try again",
} as const;

/** A 1280×720 app window with an error dialog: grey UI chrome, dark text on light panels, a blue button. */
export function renderScreenshotCanvas(): Canvas {
  const canvas = createCanvas(1280, 720);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#eef1f5";
  ctx.fillRect(0, 0, 1280, 720);
  ctx.fillStyle = "#d9dee5";
  ctx.fillRect(0, 0, 1280, 44);
  ["#ff5f57", "#febc2e", "#28c840"].forEach((dot, i) => circle(ctx, 22 + i * 22, 22, 7, dot));
  text(ctx, SCREENSHOT_LINES.title, 540, 22, 17, "#333a44");
  ctx.fillStyle = "#ffffff";
  ctx.strokeStyle = "#c7ccd4";
  ctx.fillRect(300, 200, 680, 300);
  ctx.strokeRect(300, 200, 680, 300);
  circle(ctx, 350, 262, 18, "#d93025");
  text(ctx, "!", 344, 262, 26, "#ffffff", "bold");
  text(ctx, SCREENSHOT_LINES.heading, 385, 262, 28, "#1f2328", "bold");
  SCREENSHOT_LINES.body.forEach((line, i) => text(ctx, line, 340, 330 + i * 36, 21, "#3d4450"));
  ctx.fillStyle = "#1a73e8";
  ctx.fillRect(790, 420, 160, 50);
  text(ctx, SCREENSHOT_LINES.button, 818, 445, 20, "#ffffff", "bold");
  return canvas;
}

function text(ctx: SKRSContext2D, value: string, x: number, y: number, size: number, color: string, font: "sans" | "bold" = "sans") {
  ctx.font = `${size}px "${family(font)}"`;
  ctx.fillStyle = color;
  ctx.textBaseline = "middle";
  ctx.fillText(value, x, y);
}

function circle(ctx: SKRSContext2D, x: number, y: number, r: number, color: string) {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
}

export async function encodeCanvas(canvas: Canvas, format: ImageFormat): Promise<Uint8Array> {
  const bytes = format === "png" ? await canvas.encode("png") : await canvas.encode(format, 90);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function renderTextImage(lines: string[], format: ImageFormat, options?: TextImageOptions): Promise<Uint8Array> {
  return encodeCanvas(renderTextCanvas(lines, options), format);
}

/** RGBA pixels of a canvas, in the `DecodedImage` shape. */
export function canvasPixels(canvas: Canvas): { width: number; height: number; data: Uint8ClampedArray } {
  const { data, width, height } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
  return { width, height, data };
}
