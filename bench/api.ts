// Public API overhead: the full path (key auth, rate limit, quota, Idempotency-Key, usage ledger) against calling
// the inference runtime directly with the same input; plus the usage ledger's ingest rate into PostgreSQL.
// Run: npx tsx bench/api.ts [--quick]   (PostgreSQL at TEST_DATABASE_ADMIN_URL or 127.0.0.1; a throwaway database)
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { generateTinyModels } from "../scripts/models/tiny";
import { createThrowawayDatabase } from "../tests/helpers/throwaway-database";

const quick = process.argv.includes("--quick");
const CALLS = quick ? 200 : 1000;
const LEDGER_EVENTS = quick ? 1000 : 5000;
const CONCURRENCY = [1, 8] as const;

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Closed loop: `concurrency` callers each issue the next call when the previous one answers. */
async function measure(call: (i: number) => Promise<unknown>, total: number, concurrency: number) {
  const latencies: number[] = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (issued < total) {
        const i = issued++;
        const t = performance.now();
        await call(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: total / seconds, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), mean: latencies.reduce((a, b) => a + b, 0) / total };
}

async function main() {
  const modelsDir = await mkdtemp(join(tmpdir(), "lumen-bench-api-"));
  await generateTinyModels(modelsDir);
  const database = await createThrowawayDatabase("lumen_bench");
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    MODELS_DIR: modelsDir,
    MODELS_PROFILE: "tiny",
    INFERENCE_TRANSPORT: "embedded",
    INFERENCE_WARM_TASKS: "sentiment",
  });
  delete process.env.REDIS_URL;

  // Imported after the environment is set: these modules read it on first use.
  const { getDb, disconnectDb } = await import("../server/db");
  const { signUp } = await import("../server/auth");
  const { createApiKey } = await import("../server/api-keys");
  const { recordUsage } = await import("../server/billing");
  const { getInference } = await import("../server/inference");
  const { POST: sentiment } = await import("../app/api/v1/sentiment/route");
  try {
    const db = getDb();
    const { user, organization } = await signUp(db, { name: "Bench", email: `bench-${randomBytes(4).toString("hex")}@example.test`, password: "bench-password-42" });
    await db.plan.create({ data: { id: "bench", name: "Bench", priceCents: 0, includedUnits: 0, monthlyQuota: null, rateLimitPerMinute: 10_000_000 } });
    await db.subscription.create({ data: { organizationId: organization.id, planId: "bench" } });
    const key = await createApiKey(db, { organizationId: organization.id, actorId: user.id, input: { name: "bench", scopes: ["sentiment"] } });

    const text = "I love it, thanks!";
    const inference = getInference();
    const direct = () => inference.run("sentiment", { text });
    const viaApi = (idempotent: boolean) => (i: number) => {
      const headers: Record<string, string> = { authorization: `Bearer ${key.secret}`, "content-type": "application/json" };
      if (idempotent) headers["idempotency-key"] = `bench-${i}-${randomBytes(4).toString("hex")}`;
      const request = new Request("http://bench.local/api/v1/sentiment", { method: "POST", headers, body: JSON.stringify({ input: text }) });
      return sentiment(request).then(async (res) => {
        if (res.status !== 200) throw new Error(`API answered ${res.status}: ${await res.text()}`);
        return res.json();
      });
    };

    await measure(direct, 50, 1);
    await measure(viaApi(true), 50, 1);
    console.log(`API path vs direct runtime — sentiment on lumen-tiny, ${CALLS} calls per row, ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}), load average ${loadavg()[0]!.toFixed(1)}`);
    console.log("| path | concurrency | req/s | p50 ms | p95 ms | overhead p50 ms | ratio (mean latency vs direct) |");
    console.log("|---|---|---|---|---|---|---|");
    for (const concurrency of CONCURRENCY) {
      const d = await measure(direct, CALLS, concurrency);
      const row = (path: string, r: typeof d) =>
        console.log(`| ${[path, concurrency, r.perSecond.toFixed(0), r.p50.toFixed(2), r.p95.toFixed(2), (r.p50 - d.p50).toFixed(2), `${(r.mean / d.mean).toFixed(2)}×`].join(" | ")} |`);
      row("runtime directly", d);
      row("API", await measure(viaApi(false), CALLS, concurrency));
      row("API + Idempotency-Key", await measure(viaApi(true), CALLS, concurrency));
    }

    console.log(`\nUsage ledger ingest (recordUsage: UsageEvent + outbox row per transaction), ${LEDGER_EVENTS} events per row`);
    console.log("| concurrency | events/s | p50 ms | p95 ms |");
    console.log("|---|---|---|---|");
    for (const concurrency of [1, 8, 16]) {
      const run = randomBytes(4).toString("hex");
      const r = await measure(
        (i) => recordUsage(db, { organizationId: organization.id, task: "sentiment", model: "lumen-tiny/sentiment", units: 18, unitKind: "characters", requestId: `bench-${run}-${i}` }),
        LEDGER_EVENTS,
        concurrency,
      );
      console.log(`| ${concurrency} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} |`);
    }
    console.log(`\nload average at the end: ${loadavg()[0]!.toFixed(1)}`);
  } finally {
    await getInference().close();
    await disconnectDb();
    await database.drop();
    await rm(modelsDir, { recursive: true, force: true });
  }
}

await main();
