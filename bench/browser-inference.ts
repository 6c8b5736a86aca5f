// In-browser latency: WebAssembly vs WebGPU vs our server, for sentiment and image classification, through the real
// tool pages in Debian's Chromium. Prints p50/p95 per placement and ratios against the server.
// Usage: npx next build && npx tsx bench/browser-inference.ts [--runs 15] [--tiny]
import { spawn } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { chromium, type Page } from "playwright-core";
import sharp from "sharp";
import { generateTinyModels } from "../scripts/models/tiny";
import { SentimentPage, VisionPage, type Placement } from "../tests/e2e/pages/tool-pages";
import { freePort, waitUntilServing } from "../tests/helpers/local-server";
import { ensureBenchModels, BENCH_IMAGE_ID, BENCH_SENTIMENT_ID } from "./models/realistic";

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1] || 15) || 15;
const TINY = args.includes("--tiny");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BASE_ARGS = ["--no-sandbox", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const MODES: { name: string; placement: Placement; chromiumArgs: string[] }[] = [
  { name: "wasm", placement: "On this device", chromiumArgs: ["--disable-gpu"] },
  { name: "webgpu", placement: "On this device", chromiumArgs: ["--enable-unsafe-webgpu", "--enable-features=Vulkan"] },
  { name: "server", placement: "On our servers", chromiumArgs: ["--disable-gpu"] },
];
const USER = { name: "Bench", email: "bench@example.test", password: "bench-password-1" };

async function main() {
  const modelsDir = resolve(".tmp/bench-browser-models");
  await mkdir(modelsDir, { recursive: true });
  await rm(resolve(".tmp/bench-browser-pglite"), { recursive: true, force: true });
  await generateTinyModels(modelsDir);
  if (!TINY) await ensureBenchModels(modelsDir);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startApp(port, modelsDir);
  try {
    await signUp(url);
    const image = await sharp({ create: { width: 224, height: 224, channels: 3, background: { r: 220, g: 30, b: 20 } } }).png().toBuffer();
    const results: Record<string, Record<string, number[]>> = { sentiment: {}, "image-classification": {} };
    for (const mode of MODES) {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...BASE_ARGS, ...mode.chromiumArgs] });
      const page = await signIn(await (await browser.newContext({ baseURL: url })).newPage());
      const sentiment = new SentimentPage(page);
      await sentiment.open();
      results.sentiment![mode.name] = await time(() => sentiment.runOn(mode.placement, "I love it, thanks! The new version works great."), () => expectRanOn(sentiment.ranOn(), mode.name));
      const vision = new VisionPage(page);
      await vision.open();
      const file = { name: "red.png", mimeType: "image/png", buffer: image };
      results["image-classification"]![mode.name] = await time(() => vision.runOn(mode.placement, file), () => expectRanOn(vision.ranOn(), mode.name));
      await browser.close();
    }
    report(results);
  } finally {
    server.kill("SIGTERM");
  }
}

async function time(run: () => Promise<void>, check: () => Promise<void>): Promise<number[]> {
  await run(); // warm-up: downloads and loads the model
  await check();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function expectRanOn(actual: Promise<string | null>, expected: string) {
  const ranOn = await actual;
  if (ranOn !== expected) throw new Error(`expected the run on ${expected}, it ran on ${ranOn}`);
}

const percentile = (samples: number[], p: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!;

function report(results: Record<string, Record<string, number[]>>) {
  console.log(`\nIn-browser inference, ${RUNS} runs each after a warm-up, ${TINY ? "tiny demo models" : `${BENCH_SENTIMENT_ID} / ${BENCH_IMAGE_ID}`}`);
  console.log("task                  placement  p50 ms   p95 ms   p50 vs server");
  for (const [task, modes] of Object.entries(results)) {
    const server = percentile(modes.server!, 50);
    for (const [mode, samples] of Object.entries(modes)) {
      const p50 = percentile(samples, 50);
      console.log(`${task.padEnd(22)}${mode.padEnd(11)}${p50.toFixed(1).padStart(6)}  ${percentile(samples, 95).toFixed(1).padStart(7)}   ${(p50 / server).toFixed(2)}×`);
    }
  }
}

async function signUp(url: string) {
  const response = await fetch(`${url}/api/trpc/auth.signUp`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: USER }) });
  if (!response.ok && response.status !== 409) throw new Error(`sign-up failed: HTTP ${response.status} ${await response.text()}`);
}

async function signIn(page: Page): Promise<Page> {
  page.setDefaultTimeout(120_000);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(USER.email);
  await page.getByLabel("Password").fill(USER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/dashboard");
  return page;
}

function startApp(port: number, modelsDir: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PGLITE_DATA_DIR: resolve(".tmp/bench-browser-pglite"),
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-00",
    AUTH_TRUST_HOST: "true",
    MODELS_DIR: modelsDir,
    INFERENCE_TRANSPORT: "embedded",
    INFERENCE_WORKERS: "1",
    ...(TINY ? {} : { MODEL_SENTIMENT: BENCH_SENTIMENT_ID, MODEL_IMAGE_CLASSIFICATION: BENCH_IMAGE_ID }),
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], { env, stdio: "ignore" });
  return waitUntilServing(`http://127.0.0.1:${port}/sign-in`, { stillRunning: () => child.exitCode === null }).then(() => child);
}



await main();
