import { createReadStream, existsSync, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";

// The onnxruntime-web build that @huggingface/transformers itself imports, so JS glue and wasm always match.
// Resolved from the project root at run time (the bundler must not rewrite these lookups).
function locateOrtWeb(): { version: string; dist: string } {
  const fromRoot = createRequire(join(/*turbopackIgnore: true*/ process.cwd(), "package.json"));
  const fromTransformers = createRequire(fromRoot.resolve("@huggingface/transformers"));
  // "./package.json" is not in the package's exports: walk up from its entry point instead.
  let dir = dirname(fromTransformers.resolve("onnxruntime-web"));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
  return { version, dist: join(dir, "dist") };
}

let ortWeb: { version: string; dist: string } | undefined;
const getOrtWeb = () => (ortWeb ??= locateOrtWeb());

/** The wasm runtime files a browser needs (asyncify: WebGPU + WASM in one build). */
export const ORT_ASSETS = {
  mjs: "ort-wasm-simd-threaded.asyncify.mjs",
  wasm: "ort-wasm-simd-threaded.asyncify.wasm",
} as const;

const SERVED = new Set<string>(Object.values(ORT_ASSETS));

/** Streams an onnxruntime-web runtime file; its URL carries the version, so it is cached immutably. */
export async function serveOrtAsset(version: string, file: string): Promise<Response> {
  const { version: current, dist } = getOrtWeb();
  if (version !== current || !SERVED.has(file)) {
    return Response.json({ error: { message: `No runtime file ${version}/${file} here (this server has ${current}).` } }, { status: 404 });
  }
  const path = join(dist, file);
  const { size } = await stat(path);
  return new Response(Readable.toWeb(createReadStream(path)) as ReadableStream, {
    headers: {
      "content-type": file.endsWith(".wasm") ? "application/wasm" : "text/javascript; charset=utf-8",
      "content-length": String(size),
      "cache-control": "public, max-age=31536000, immutable",
      "cross-origin-resource-policy": "same-origin",
    },
  });
}

export function ortAssetUrls(origin = "") {
  const { version } = getOrtWeb();
  return { mjs: `${origin}/api/ort/${version}/${ORT_ASSETS.mjs}`, wasm: `${origin}/api/ort/${version}/${ORT_ASSETS.wasm}` };
}
