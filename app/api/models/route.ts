import { browserModelManifest, browserOcrModel } from "@/server/inference";
import { ortAssetUrls } from "@/server/inference/browser/ort-assets";

export const dynamic = "force-dynamic";

/** Which models the browser may download from this server, with their content versions and sizes. */
export async function GET() {
  const [models, ocr] = await Promise.all([browserModelManifest(), browserOcrModel()]);
  return Response.json({ models, ocr, ortWasm: ortAssetUrls() }, { headers: { "cache-control": "no-store" } });
}
