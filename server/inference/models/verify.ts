import type { ModelSpec } from "../registry";
import { fileExists, sha256File } from "./hash";
import { type ModelsLock, expectedSha256, readLock } from "./lock";
import { modelFilePath } from "./paths";

export type FileStatus =
  /** present, digest matches the registry or the lock */
  | "ok"
  | "missing"
  /** present, digest differs */
  | "mismatch"
  /** present, but no digest is known (never pulled, no registry digest) */
  | "unpinned";

export interface FileCheck {
  path: string;
  status: FileStatus;
  expected?: string;
  actual?: string;
  pinnedBy?: "registry" | "lock";
}

export interface ModelCheck {
  spec: ModelSpec;
  files: FileCheck[];
  /** No file missing or mismatched (unpinned files are reported, not failures). */
  ok: boolean;
}

export async function verifyModel(spec: ModelSpec, modelsDir: string, lock?: ModelsLock): Promise<ModelCheck> {
  const theLock = lock ?? (await readLock(modelsDir));
  const files: FileCheck[] = [];
  for (const { path } of spec.files) {
    const actual = await sha256File(modelFilePath(modelsDir, spec.id, path));
    const expected = expectedSha256(spec, path, theLock);
    if (actual === null) files.push({ path, status: "missing", expected: expected?.sha256 });
    else if (!expected) files.push({ path, status: "unpinned", actual });
    else {
      const status = expected.sha256 === actual ? "ok" : "mismatch";
      files.push({ path, status, expected: expected.sha256, actual, pinnedBy: expected.pinnedBy });
    }
  }
  return { spec, files, ok: files.every((f) => f.status === "ok" || f.status === "unpinned") };
}

export async function verifyModels(specs: ModelSpec[], modelsDir: string): Promise<ModelCheck[]> {
  const lock = await readLock(modelsDir);
  const checks: ModelCheck[] = [];
  for (const spec of specs) checks.push(await verifyModel(spec, modelsDir, lock));
  return checks;
}

export type Presence = "present" | "partial" | "missing";

/** Cheap existence check (no hashing), for listings and start-up decisions. */
export async function modelPresence(spec: ModelSpec, modelsDir: string): Promise<Presence> {
  const found = await Promise.all(spec.files.map((f) => fileExists(modelFilePath(modelsDir, spec.id, f.path))));
  const count = found.filter(Boolean).length;
  return count === found.length ? "present" : count === 0 ? "missing" : "partial";
}
