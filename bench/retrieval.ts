// Retrieval accuracy and latency on the support-kb fixture: full-text only, vector only, hybrid (RRF).
// Run: npx tsx bench/retrieval.ts [--write]   (--write replaces the "## Retrieval" section of docs/benchmarks.md)
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { generateTinyModels } from "../scripts/models/tiny";
import { createDb, disconnectDb, migrateDatabase } from "../server/db";
import { getInference } from "../server/inference";
import { importKnowledge, retrieve, type RetrievalMode } from "../server/kb";
import { KB_QUESTIONS, UNANSWERABLE_QUESTIONS } from "../tests/fixtures/kb-questions";

const repoRoot = path.resolve(import.meta.dirname, "..");
const fixtures = path.resolve(repoRoot, "../shared/fixtures/support-kb");
const MODES: RetrievalMode[] = ["fts", "vector", "hybrid"];

const work = await mkdtemp(path.join(tmpdir(), "lumen-bench-retrieval-"));
Object.assign(process.env, { MODELS_DIR: path.join(work, "models"), MODELS_PROFILE: "tiny", INFERENCE_WORKERS: "1", INFERENCE_DEVICE: "cpu" });
await generateTinyModels(process.env.MODELS_DIR!);
const pgliteDir = path.join(work, "pglite");
await migrateDatabase({ pgliteDir });
const db = createDb({ pgliteDir });

try {
  const { id: organizationId } = await db.organization.create({ data: { name: "Bench", slug: `bench-${Date.now()}` } });
  for (const language of ["en", "zh"] as const) {
    const content = await readFile(path.join(fixtures, `lumen-faq.${language}.md`), "utf8");
    await importKnowledge(db, { organizationId, actorId: null }, { fileName: `lumen-faq.${language}.md`, content, language });
  }
  await retrieve(db, organizationId, "warm up");

  const rows = [];
  for (const mode of MODES) {
    const latencies: number[] = [];
    let top1 = 0;
    let top3 = 0;
    let answerable = 0;
    for (const { question, expected } of KB_QUESTIONS) {
      const started = performance.now();
      const result = await retrieve(db, organizationId, question, { mode, limit: 3 });
      latencies.push(performance.now() - started);
      const ids = result.passages.map((p) => p.externalId);
      if (ids[0] === expected) top1++;
      if (ids.includes(expected)) top3++;
      if (result.answerable) answerable++;
    }
    let refused = 0;
    for (const question of UNANSWERABLE_QUESTIONS) if (!(await retrieve(db, organizationId, question, { mode })).answerable) refused++;
    latencies.sort((a, b) => a - b);
    rows.push({ mode, top1, top3, answerable, refused, p50: latencies[Math.floor(latencies.length / 2)]! });
  }

  const n = KB_QUESTIONS.length;
  const pct = (k: number, of = n) => `${((100 * k) / of).toFixed(0)} % (${k}/${of})`;
  const table = [
    "| ranking | top-1 | top-3 | answerable (in-domain) | refused (off-topic) | p50 ms |",
    "|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.mode} | ${pct(r.top1)} | ${pct(r.top3)} | ${pct(r.answerable)} | ${pct(r.refused, UNANSWERABLE_QUESTIONS.length)} | ${r.p50.toFixed(1)} |`),
  ].join("\n");
  console.log(table);

  if (process.argv.includes("--write")) {
    const section = [
      "## Retrieval (`npx tsx bench/retrieval.ts --write`)",
      "",
      `The support-kb fixture (26 entries × English and Chinese = 52 FAQ chunks) imported into one organization on embedded PGlite;`,
      `${n} paraphrased questions from \`tests/fixtures/kb-questions.ts\` (${KB_QUESTIONS.filter((q) => q.language === "en").length} English, ${KB_QUESTIONS.filter((q) => q.language === "zh").length} Chinese, ${KB_QUESTIONS.filter((q) => q.language === "mixed").length} mixed) and ${UNANSWERABLE_QUESTIONS.length} off-topic ones.`,
      `Embeddings: the tiny demo model (\`lumen-tiny/embeddings\`, a designed 33-concept bag of words), so the vector row measures plumbing, not a real model.`,
      `A hit is the expected entry id in either language. Latency is one \`retrieve()\` call end to end (query embedding through the worker pool included for vector/hybrid).`,
      `Run on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores.`,
      "",
      table,
      "",
      "See docs/knowledge-base.md for how ranking and the answerable threshold work.",
      "",
    ].join("\n");
    const file = path.join(repoRoot, "docs/benchmarks.md");
    const current = await readFile(file, "utf8");
    const start = current.indexOf("## Retrieval");
    const next = start < 0 ? -1 : current.indexOf("\n## ", start + 1);
    const updated = start < 0 ? `${current.trimEnd()}\n\n${section}` : `${current.slice(0, start)}${section}${next < 0 ? "" : current.slice(next + 1)}`;
    await writeFile(file, updated);
    console.log("docs/benchmarks.md updated");
  }
} finally {
  await getInference().close();
  await disconnectDb(db);
  await rm(work, { recursive: true, force: true });
}
