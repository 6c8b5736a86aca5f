import { serveOrtAsset } from "@/server/inference/browser/ort-assets";

/** onnxruntime-web's wasm runtime, served by us so browsers never reach a CDN. */
export async function GET(_request: Request, { params }: { params: Promise<{ version: string; file: string }> }) {
  const { version, file } = await params;
  return serveOrtAsset(version, file);
}
