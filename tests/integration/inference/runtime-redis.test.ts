import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Inference, createInference } from "@/server/inference";
import { TINY_CHAT_REPLY } from "@/scripts/models/tiny";
import { REDIS_URL, isRunning, rejection, startRedisWorker, tempModelsDir, testConfig, uniquePrefix, waitFor } from "@/tests/helpers/inference";

type RunningWorker = Awaited<ReturnType<typeof startRedisWorker>>;

let models: Awaited<ReturnType<typeof tempModelsDir>>;
const prefixes: string[] = [];
const workers: RunningWorker[] = [];
const clients: Inference[] = [];

function client(prefix: string, overrides: Record<string, string> = {}): Inference {
  const inference = createInference(testConfig(models.dir, { INFERENCE_TRANSPORT: "redis", REDIS_URL, INFERENCE_QUEUE_PREFIX: prefix, ...overrides }));
  clients.push(inference);
  return inference;
}

async function worker(prefix: string, env: Record<string, string> = {}): Promise<RunningWorker> {
  const started = await startRedisWorker({ MODELS_DIR: models.dir, INFERENCE_QUEUE_PREFIX: prefix, INFERENCE_LOCK_MS: "1000", ...env });
  workers.push(started);
  return started;
}

beforeAll(async () => {
  models = await tempModelsDir();
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await Promise.all(workers.map((w) => w.stop()));
  const redis = new Redis(REDIS_URL);
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
  }
  redis.disconnect();
  await models?.remove();
});

describe("Redis transport with `workers/inference.ts` processes", () => {
  it("runs every task through a separately started worker, streams chat, and answers a repeated request id from Redis", async () => {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    const started = await worker(prefix);
    const inference = client(prefix);

    const labels = await Promise.all(["I love it, thanks!", "我很生气", "not good"].map((text) => inference.run("sentiment", { text })));
    expect(labels.map((r) => r.label)).toEqual(["POSITIVE", "NEGATIVE", "NEGATIVE"]);
    expect(labels[0]).toMatchObject({ model: "lumen-tiny/sentiment", tiny: true, device: "cpu", ranOn: "server" });
    expect((await inference.run("translation-en-zh", { text: "Thank you!" })).text).toBe("谢谢你！");

    const stream = inference.stream("chat", { messages: [{ role: "user", content: "Who are you?" }] });
    const pieces: string[] = [];
    for await (const piece of stream) pieces.push(piece);
    expect(pieces.length).toBeGreaterThanOrEqual(5);
    expect(pieces.join("")).toBe(TINY_CHAT_REPLY);

    const health = await inference.health();
    expect(health.transport).toBe("redis");
    expect(health.workers.map((w) => w.pid)).toEqual([started.child.pid]);
    expect(health.workers[0]!.models.map((m) => m.task)).toEqual(expect.arrayContaining(["sentiment", "chat"]));
    expect(health.queueDepth).toBe(0);

    const first = await inference.run("sentiment", { text: "thanks" }, { requestId: "order-42-sentiment" });
    await started.stop();
    // No worker is left: only the stored outcome of the stable job id can answer.
    const again = await inference.run("sentiment", { text: "thanks" }, { requestId: "order-42-sentiment" });
    expect(again).toEqual(first);
  });

  it("recovers the job of a SIGKILLed worker on another worker within the lock time", async () => {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    // This worker holds every job for 30 s, so the job is certainly mid-flight when it dies.
    const doomed = await worker(prefix, { INFERENCE_DRILL_DELAY_MS: "30000", INFERENCE_WARM_TASKS: "sentiment" });
    const inference = client(prefix);
    const pending = inference.run("sentiment", { text: "great" }, { timeoutMs: 40_000 });
    await waitFor(async () => (await inference.health()).workers.some((w) => w.inFlight > 0), 20_000, "the doomed worker to take the job");
    doomed.child.kill("SIGKILL");
    await worker(prefix, { INFERENCE_WARM_TASKS: "sentiment" });
    expect((await pending).label).toBe("POSITIVE");
    expect(isRunning(doomed.child.pid!)).toBe(false);
  });

  it("answers OVERLOADED at once when the queue is full, and cancelling removes the queued job", async () => {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    const inference = client(prefix, { INFERENCE_QUEUE_LIMIT: "1" });
    const controller = new AbortController();
    const queued = inference.run("sentiment", { text: "nobody consumes this queue" }, { signal: controller.signal });
    await waitFor(async () => (await inference.health()).queueDepth === 1, 5000, "the job to be queued");
    const refused = await rejection(inference.run("sentiment", { text: "one too many" }));
    expect(refused).toMatchObject({ code: "OVERLOADED", retryAfterSeconds: 1 });
    controller.abort();
    expect((await rejection(queued)).code).toBe("CANCELLED");
    await waitFor(async () => (await inference.health()).queueDepth === 0, 5000, "the cancelled job to leave the queue");
  });
});
