// Inference throughput/latency on realistic-size models: raw onnxruntime session vs our runtime.
// Run: npx tsx bench/inference.ts [--quick]
import { type ChildProcess, spawn } from "node:child_process";
import { availableParallelism, cpus, loadavg, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { AutoTokenizer } from "@huggingface/transformers";
import * as ort from "onnxruntime-node";
import { Redis } from "ioredis";
import sharp from "sharp";
import { type Inference, createInference, readRuntimeConfig } from "../server/inference";
import { BENCH_IMAGE_ID, BENCH_SENTIMENT_ID, BENCH_VOCAB, ensureBenchModels } from "./models/realistic";

const quick = process.argv.includes("--quick");
const startLoad = loadavg()[0]!.toFixed(1);
const LEVELS = [1, 8, 32] as const;
const REQUESTS: Record<(typeof LEVELS)[number], number> = quick ? { 1: 4, 8: 16, 32: 32 } : { 1: 8, 8: 24, 32: 64 };
const MODELS_DIR = process.env.BENCH_MODELS_DIR ?? join(tmpdir(), "lumen-bench-models");
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const SEQUENCE_WORDS = 62; // + [CLS] and [SEP] = 64 tokens

type Task = "sentiment" | "image-classification";
type Call = () => Promise<unknown>;
interface Row {
  mode: string;
  task: Task;
  concurrency: number;
  throughput: number;
  p50: number;
  p95: number;
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Closed loop: `concurrency` callers, each issuing its next request when the previous answers. */
async function measure(call: Call, concurrency: number, requests: number) {
  await call();
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued++ < requests) {
        const t = performance.now();
        await call();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { throughput: latencies.length / seconds, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

async function sweep(mode: string, calls: Record<Task, Call>, rows: Row[]): Promise<void> {
  for (const task of ["sentiment", "image-classification"] as const) {
    for (const concurrency of LEVELS) {
      const result = await measure(calls[task], concurrency, REQUESTS[concurrency]);
      rows.push({ mode, task, concurrency, ...result });
      console.error(`${mode.padEnd(22)} ${task.padEnd(21)} c=${String(concurrency).padEnd(3)} ${result.throughput.toFixed(2)} req/s  p50 ${result.p50.toFixed(0)} ms  p95 ${result.p95.toFixed(0)} ms`);
    }
  }
}

const text = Array.from({ length: SEQUENCE_WORDS }, (_, i) => BENCH_VOCAB[(i * 37) % BENCH_VOCAB.length]).join(" ");
const noise = Buffer.from(Array.from({ length: 224 * 224 * 3 }, (_, i) => (i * 2654435761) % 251));
const image = new Uint8Array(await sharp(noise, { raw: { width: 224, height: 224, channels: 3 } }).png().toBuffer());

async function rawCalls(): Promise<Record<Task, Call>> {
  const options = { intraOpNumThreads: availableParallelism(), interOpNumThreads: 1 };
  const textSession = await ort.InferenceSession.create(join(MODELS_DIR, BENCH_SENTIMENT_ID, "onnx/model_quantized.onnx"), options);
  const visionSession = await ort.InferenceSession.create(join(MODELS_DIR, BENCH_IMAGE_ID, "onnx/model_quantized.onnx"), options);
  const tokenizer = await AutoTokenizer.from_pretrained(BENCH_SENTIMENT_ID);
  const ids = (tokenizer(text).input_ids as { data: BigInt64Array }).data;
  const feeds = {
    input_ids: new ort.Tensor("int64", ids, [1, ids.length]),
    attention_mask: new ort.Tensor("int64", new BigInt64Array(ids.length).fill(1n), [1, ids.length]),
  };
  const pixels = { pixel_values: new ort.Tensor("float32", new Float32Array(3 * 224 * 224).fill(0.1), [1, 3, 224, 224]) };
  return { sentiment: () => textSession.run(feeds), "image-classification": () => visionSession.run(pixels) };
}

function runtimeCalls(inference: Inference): Record<Task, Call> {
  return {
    sentiment: () => inference.run("sentiment", { text }),
    "image-classification": () => inference.run("image-classification", { image, topK: 1 }),
  };
}

function runtimeEnv(overrides: Record<string, string>): Record<string, string> {
  return { MODELS_DIR, INFERENCE_DEVICE: "cpu", INFERENCE_WARM_TASKS: "sentiment,image-classification", INFERENCE_TIMEOUT_MS: "600000", INFERENCE_QUEUE_LIMIT: "1000", ...overrides };
}

async function withRuntime(mode: string, env: Record<string, string>, rows: Row[], worker?: () => Promise<ChildProcess>): Promise<void> {
  const child = await worker?.();
  const inference = createInference(readRuntimeConfig(runtimeEnv(env)));
  try {
    await sweep(mode, runtimeCalls(inference), rows);
  } finally {
    await inference.close();
    child?.kill("SIGTERM");
  }
}

function startWorker(prefix: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "workers/inference.ts"], {
    env: { ...process.env, ...runtimeEnv({ REDIS_URL, INFERENCE_TRANSPORT: "redis", INFERENCE_QUEUE_PREFIX: prefix, INFERENCE_MAX_BATCH: "32" }) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => chunk.includes("consuming") && resolve(child));
    child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

function report(rows: Row[]): string {
  const find = (mode: string, r: Row) => rows.find((o) => o.mode === mode && o.task === r.task && o.concurrency === r.concurrency)!;
  const lines = [
    `Machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, onnxruntime-node ${ort.env.versions.common}, device cpu${quick ? " (--quick)" : ""}; load average at start ${startLoad}, at end ${loadavg()[0]!.toFixed(1)}.`,
    "",
    "| mode | task | c | req/s | p50 ms | p95 ms | req/s ÷ (a) | req/s ÷ (b) | p50 ÷ (a) |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => {
      const a = find("(a) raw session", r);
      const b = find("(b) embedded unbatched", r);
      return `| ${r.mode} | ${r.task} | ${r.concurrency} | ${r.throughput.toFixed(2)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${(r.throughput / a.throughput).toFixed(2)} | ${(r.throughput / b.throughput).toFixed(2)} | ${(r.p50 / a.p50).toFixed(2)} |`;
    }),
  ];
  return lines.join("\n");
}

await ensureBenchModels(MODELS_DIR);
Object.assign(process.env, { MODEL_SENTIMENT: BENCH_SENTIMENT_ID, MODEL_IMAGE_CLASSIFICATION: BENCH_IMAGE_ID });
const { env } = await import("@huggingface/transformers");
Object.assign(env, { allowRemoteModels: false, localModelPath: MODELS_DIR });

const rows: Row[] = [];
await sweep("(a) raw session", await rawCalls(), rows);
await withRuntime("(b) embedded unbatched", { INFERENCE_TRANSPORT: "embedded", INFERENCE_MAX_BATCH: "1" }, rows);
await withRuntime("(c) embedded batched", { INFERENCE_TRANSPORT: "embedded", INFERENCE_MAX_BATCH: "32" }, rows);
const prefix = `lumen-bench-${process.pid}`;
await withRuntime("(d) redis batched", { INFERENCE_TRANSPORT: "redis", REDIS_URL, INFERENCE_QUEUE_PREFIX: prefix }, rows, () => startWorker(prefix));
const redis = new Redis(REDIS_URL);
const keys = await redis.keys(`${prefix}:*`);
if (keys.length) await redis.del(...keys);
redis.disconnect();
console.log(report(rows));
process.exit(0);
