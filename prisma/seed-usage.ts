// Demo usage for the seeded "Acme Support" organization: ~30 days of events so the usage dashboard has something
// to draw. Idempotent: request ids are derived from the organization, day and slot, and duplicates are skipped.
import type { Db } from "../server/db";

const DAYS = 30;
const DAY_MS = 86_400_000;

const KEYS = [
  { name: "Production backend", prefix: "sk_demo_prod", scopes: ["chat", "translate", "sentiment", "embeddings"] },
  { name: "Staging", prefix: "sk_demo_stage", scopes: ["chat", "translate"] },
] as const;

// task, model, unit kind, typical units per call, calls per weekday, where it may run
const WORKLOAD = [
  { task: "translation", model: "Xenova/opus-mt-en-zh", unitKind: "characters", units: 420, calls: 14, ranOn: ["server", "wasm", "webgpu"] },
  { task: "chat", model: "onnx-community/Qwen2.5-0.5B-Instruct", unitKind: "tokens", units: 900, calls: 9, ranOn: ["server"] },
  { task: "sentiment", model: "Xenova/distilbert-base-uncased-finetuned-sst-2-english", unitKind: "characters", units: 160, calls: 18, ranOn: ["server", "wasm"] },
  { task: "embeddings", model: "Xenova/all-MiniLM-L6-v2", unitKind: "tokens", units: 300, calls: 6, ranOn: ["server"] },
] as const;

/** A deterministic pseudo-random number in [0, 1) for a seed string, so re-running the seed yields the same data. */
function unitInterval(seed: string): number {
  let hash = 2166136261;
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return ((hash >>> 0) % 10_000) / 10_000;
}

async function ensureDemoKeys(db: Db, organizationId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const key of KEYS) {
    const prefix = `${key.prefix}_${organizationId.slice(-6)}`;
    // Not a usable secret: the hash matches nothing, so these keys only label demo usage.
    const row = await db.apiKey.upsert({
      where: { prefix },
      create: { organizationId, name: key.name, prefix, hashedKey: `demo-not-a-key-${prefix}`, scopes: [...key.scopes] },
      update: {},
    });
    ids.push(row.id);
  }
  return ids;
}

/** ~30 days of usage events (tasks, models, keys, some in-browser runs) ending now; returns how many were new. */
export async function seedDemoUsage(db: Db, organizationId: string, now = new Date()): Promise<number> {
  const keyIds = await ensureDemoKeys(db, organizationId);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const events = [];
  for (let day = DAYS - 1; day >= 0; day -= 1) {
    const dayStart = today - day * DAY_MS;
    const date = new Date(dayStart).toISOString().slice(0, 10);
    const weekend = [0, 6].includes(new Date(dayStart).getUTCDay());
    const growth = 0.6 + (0.6 * (DAYS - day)) / DAYS;
    for (const work of WORKLOAD) {
      const calls = Math.round(work.calls * growth * (weekend ? 0.4 : 1));
      for (let slot = 0; slot < calls; slot += 1) {
        const seed = `${organizationId}:${date}:${work.task}:${slot}`;
        const createdAt = new Date(dayStart + Math.floor(unitInterval(`${seed}:t`) * DAY_MS));
        if (createdAt > now) continue;
        const ranOn = work.ranOn[Math.floor(unitInterval(`${seed}:r`) * work.ranOn.length)]!;
        events.push({
          organizationId,
          apiKeyId: ranOn === "server" ? keyIds[unitInterval(`${seed}:k`) < 0.8 ? 0 : 1]! : null,
          task: work.task,
          model: work.model,
          units: Math.max(1, Math.round(work.units * (0.5 + unitInterval(`${seed}:u`)))),
          unitKind: work.unitKind,
          ranOn,
          requestId: `demo_${organizationId}_${date}_${work.task}_${slot}`,
          createdAt,
        });
      }
    }
  }
  const { count } = await db.usageEvent.createMany({ data: events, skipDuplicates: true });
  return count;
}
