import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { ModelSpec } from "../registry";
import { lockFilePath } from "./paths";

export interface LockedFile {
  sha256: string;
  size: number;
}

export interface LockedModel {
  revision: string;
  source: string;
  files: Record<string, LockedFile>;
}

/** `MODELS_DIR/manifest.lock.json`: what was pulled, per model id, with the digests seen at pull time. */
export interface ModelsLock {
  version: 1;
  models: Record<string, LockedModel>;
}

export async function readLock(modelsDir: string): Promise<ModelsLock> {
  try {
    const parsed = JSON.parse(await readFile(lockFilePath(modelsDir), "utf8")) as Partial<ModelsLock>;
    return { version: 1, models: parsed.models ?? {} };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { version: 1, models: {} };
    throw new Error(`cannot read ${lockFilePath(modelsDir)}: ${(error as Error).message}`);
  }
}

export async function writeLock(modelsDir: string, lock: ModelsLock): Promise<void> {
  const path = lockFilePath(modelsDir);
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(lock, null, 2)}\n`);
  await rename(temp, path);
}

/** The digest a file must have: the registry's, else the lock's when the lock is for the same revision. */
export function expectedSha256(
  spec: ModelSpec,
  path: string,
  lock: ModelsLock,
): { sha256: string; pinnedBy: "registry" | "lock" } | null {
  const known = spec.files.find((f) => f.path === path)?.sha256;
  if (known) return { sha256: known, pinnedBy: "registry" };
  const locked = lock.models[spec.id];
  const sha256 = locked?.revision === spec.revision ? locked.files[path]?.sha256 : undefined;
  return sha256 ? { sha256, pinnedBy: "lock" } : null;
}
