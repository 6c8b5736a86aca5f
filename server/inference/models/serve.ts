import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { Readable } from "node:stream";
import { modelDir, safeJoin } from "./paths";

const SEGMENT = /^[\w.-]+$/;
const IMMUTABLE = "public, max-age=31536000, immutable";
const REVALIDATE = "public, max-age=0, must-revalidate";

export interface ModelFileRequest {
  id: string;
  revision: string;
  file: string;
}

/** Parses `<owner>/<name>/resolve/<revision>/<file…>` (the Hub's URL layout), refusing anything odd. */
export function parseModelFilePath(segments: string[]): ModelFileRequest | null {
  const [owner, name, resolveWord, revision, ...file] = segments;
  if (!owner || !name || resolveWord !== "resolve" || !revision || file.length === 0) return null;
  if (![owner, name, revision, ...file].every((s) => SEGMENT.test(s) && s !== "." && s !== "..")) return null;
  return { id: `${owner}/${name}`, revision, file: file.join("/") };
}

/**
 * A content version for a model folder: changes whenever any file's size or mtime changes. URLs that carry it
 * can be cached forever; the browser gets it from the model manifest.
 */
export async function modelVersion(modelsDir: string, id: string): Promise<string | null> {
  const root = modelDir(modelsDir, id);
  const files = await listFiles(root).catch(() => null);
  if (!files?.length) return null;
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    const info = await stat(join(root, file));
    hash.update(`${file}\0${info.size}\0${info.mtimeMs}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Streams one model file with ETag, conditional GET, byte ranges and cache headers. */
export async function serveModelFile(modelsDir: string, segments: string[], request: Request): Promise<Response> {
  const wanted = parseModelFilePath(segments);
  if (!wanted) return problem(400, "Expected /api/models/<owner>/<name>/resolve/<revision>/<file>.");
  const path = safeJoin(modelDir(modelsDir, wanted.id), wanted.file);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return problem(404, `Model file ${wanted.id}/${wanted.file} is not on this server.`);

  const etag = `"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`;
  const version = await modelVersion(modelsDir, wanted.id);
  const headers = new Headers({
    etag,
    "accept-ranges": "bytes",
    "cache-control": wanted.revision === version ? IMMUTABLE : REVALIDATE,
    "content-type": contentType(wanted.file),
    "cross-origin-resource-policy": "same-origin",
  });
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const range = parseRange(request.headers.get("range"), info.size, request.headers.get("if-range"), etag);
  if (range === "unsatisfiable") {
    headers.set("content-range", `bytes */${info.size}`);
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: info.size - 1 };
  headers.set("content-length", String(info.size === 0 ? 0 : end - start + 1));
  if (range) headers.set("content-range", `bytes ${start}-${end}/${info.size}`);
  const body = info.size === 0 || request.method === "HEAD" ? null : (Readable.toWeb(createReadStream(path, { start, end })) as ReadableStream);
  return new Response(body, { status: range ? 206 : 200, headers });
}

type ByteRange = { start: number; end: number };

/** One `bytes=` range (the only kind model loaders send); null means "send the whole file". */
function parseRange(header: string | null, size: number, ifRange: string | null, etag: string): ByteRange | null | "unsatisfiable" {
  if (!header || (ifRange && ifRange !== etag)) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return null;
  const [start, end] =
    match[1] === "" ? [Math.max(0, size - Number(match[2])), size - 1] : [Number(match[1]), match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1)];
  return start > end || start >= size ? "unsatisfiable" : { start, end };
}

function contentType(file: string): string {
  if (file.endsWith(".json")) return "application/json";
  if (file.endsWith(".txt")) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

function problem(status: number, message: string): Response {
  return Response.json({ error: { message } }, { status });
}
