import { randomUUID, createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { pipeline } from "node:stream/promises";
import type { ModelSpec } from "../registry";
import { sha256File } from "./hash";
import { type ModelsLock, expectedSha256, readLock, writeLock } from "./lock";
import { modelFilePath } from "./paths";
import { type Fetch, type FileSource, type FileStream, describeError, sourcesFor } from "./sources";

type Env = Record<string, string | undefined>;

export type PullEvent =
  | { type: "model"; spec: ModelSpec }
  | { type: "skip"; spec: ModelSpec; path: string; reason: string }
  | { type: "start"; spec: ModelSpec; path: string; source: string; size: number | null }
  | { type: "progress"; spec: ModelSpec; path: string; received: number; size: number | null }
  | { type: "done"; spec: ModelSpec; path: string; source: string; sha256: string; bytes: number; verified: boolean }
  | { type: "rejected"; spec: ModelSpec; path: string; source: string; reason: string };

export interface PullOptions {
  modelsDir: string;
  env?: Env;
  /** Overrides the sources derived from the environment (tests, custom setups). */
  sources?: (spec: ModelSpec) => FileSource[];
  fetch?: Fetch;
  onEvent?: (event: PullEvent) => void;
}

export interface PullAttempt {
  source: string;
  location: string;
  reason: string;
}

/** A file no source could provide (or every copy failed verification). Names the file and every source tried. */
export class ModelFileUnavailableError extends Error {
  constructor(
    readonly modelId: string,
    readonly file: string,
    readonly attempts: PullAttempt[],
    hint?: string,
  ) {
    const tried = attempts.length
      ? attempts.map((a) => `\n  - ${a.source}: ${a.reason}`).join("")
      : `\n  - no source configured${hint ? ` (${hint})` : ""}`;
    super(`cannot pull "${file}" of ${modelId}; tried:${tried}`);
    this.name = "ModelFileUnavailableError";
  }
}

export interface PullResult {
  spec: ModelSpec;
  downloaded: string[];
  skipped: string[];
  errors: ModelFileUnavailableError[];
}

export async function pullModels(specs: ModelSpec[], options: PullOptions): Promise<PullResult[]> {
  const results: PullResult[] = [];
  for (const spec of specs) results.push(await pullModel(spec, options));
  return results;
}

/** Brings every file of `spec` into the models folder; skips files that already verify. Never throws for missing files. */
export async function pullModel(spec: ModelSpec, options: PullOptions): Promise<PullResult> {
  const { modelsDir, onEvent = () => {} } = options;
  const sources = options.sources?.(spec) ?? sourcesFor(spec, options.env ?? process.env, options.fetch ?? fetch);
  const lock = await readLock(modelsDir);
  const result: PullResult = { spec, downloaded: [], skipped: [], errors: [] };
  onEvent({ type: "model", spec });

  for (const { path } of spec.files) {
    const dest = modelFilePath(modelsDir, spec.id, path);
    const expected = expectedSha256(spec, path, lock)?.sha256 ?? null;
    const current = await sha256File(dest);
    if (current !== null && current === expected) {
      result.skipped.push(path);
      onEvent({ type: "skip", spec, path, reason: "already verified" });
      continue;
    }
    const hint = spec.source.kind === "generated" ? "tiny models are generated: run `npm run models -- tiny`" : undefined;
    const attempts: PullAttempt[] = [];
    let fetched: { sha256: string; bytes: number; source: string } | null = null;
    for (const source of spec.source.kind === "generated" ? [] : sources) {
      try {
        const stream = await source.open(spec, path);
        onEvent({ type: "start", spec, path, source: source.name, size: stream.size });
        const written = await writeVerified(stream, dest, expected, (received) =>
          onEvent({ type: "progress", spec, path, received, size: stream.size }),
        );
        fetched = { ...written, source: source.name };
        break;
      } catch (error) {
        const reason = describeError(error);
        attempts.push({ source: source.name, location: source.location(spec, path), reason });
        onEvent({ type: "rejected", spec, path, source: source.name, reason });
      }
    }
    if (!fetched) {
      result.errors.push(new ModelFileUnavailableError(spec.id, path, attempts, hint));
      continue;
    }
    await recordInLock(modelsDir, lock, spec, path, fetched);
    result.downloaded.push(path);
    onEvent({ type: "done", spec, path, source: fetched.source, sha256: fetched.sha256, bytes: fetched.bytes, verified: expected !== null });
  }
  return result;
}

/** Streams into a temp file beside `dest`, hashing on the way; renames only when the digest is acceptable. */
async function writeVerified(
  stream: FileStream,
  dest: string,
  expected: string | null,
  onProgress: (received: number) => void,
): Promise<{ sha256: string; bytes: number }> {
  await mkdir(dirname(dest), { recursive: true });
  const temp = `${dest}.partial-${randomUUID().slice(0, 8)}`;
  const hash = createHash("sha256");
  let bytes = 0;
  try {
    await pipeline(
      stream.body,
      async function* (chunks: AsyncIterable<Uint8Array>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          bytes += chunk.byteLength;
          onProgress(bytes);
          yield chunk;
        }
      },
      createWriteStream(temp),
    );
    const sha256 = hash.digest("hex");
    if (expected && sha256 !== expected) throw new Error(`sha256 mismatch: expected ${expected}, got ${sha256}`);
    if (stream.size !== null && bytes !== stream.size) throw new Error(`truncated: got ${bytes} of ${stream.size} bytes`);
    await rename(temp, dest);
    return { sha256, bytes };
  } finally {
    await rm(temp, { force: true });
  }
}

async function recordInLock(
  modelsDir: string,
  lock: ModelsLock,
  spec: ModelSpec,
  path: string,
  fetched: { sha256: string; bytes: number; source: string },
): Promise<void> {
  const previous = lock.models[spec.id];
  const files = previous?.revision === spec.revision ? previous.files : {};
  lock.models[spec.id] = {
    revision: spec.revision,
    source: fetched.source,
    files: { ...files, [path]: { sha256: fetched.sha256, size: fetched.bytes } },
  };
  await writeLock(modelsDir, lock);
}
