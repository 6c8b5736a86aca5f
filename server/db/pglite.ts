import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { isInMemoryPglite } from "./config";

interface OpenPglite {
  instance: PGlite;
  users: number;
}

// Only one PGlite may open a data folder. The registry lives on globalThis so that modules loaded
// twice (Next dev HMR, separate server bundles) still share the instance.
const registryKey = Symbol.for("lumen.db.pglite-registry");
const globalStore = globalThis as typeof globalThis & { [registryKey]?: Map<string, OpenPglite> };
const registry = (globalStore[registryKey] ??= new Map<string, OpenPglite>());

/**
 * Opens the PGlite for `dataDir`, or hands out the one already open. Pair with `releasePglite`.
 * A `memory://name` database lives while someone holds it, so a client and the migration runner can share it.
 */
export function acquirePglite(dataDir: string): PGlite {
  const open = registry.get(dataDir);
  if (open && !open.instance.closed) {
    open.users += 1;
    return open.instance;
  }
  if (!isInMemoryPglite(dataDir)) mkdirSync(dataDir, { recursive: true });
  const instance = new PGlite(dataDir);
  registry.set(dataDir, { instance, users: 1 });
  return instance;
}

/** Closes the instance once its last user lets go. */
export async function releasePglite(instance: PGlite): Promise<void> {
  const entry = [...registry.entries()].find(([, open]) => open.instance === instance);
  if (entry) {
    const [dataDir, open] = entry;
    open.users -= 1;
    if (open.users > 0) return;
    registry.delete(dataDir);
  }
  if (!instance.closed) await instance.close();
}
