import { browserModelManifest } from "@/server/inference";
import { ortAssetUrls } from "@/server/inference/browser/ort-assets";

export const dynamic = "force-dynamic";

/** Which models the browser may download from this server, with their content versions and sizes. */
export async function GET() {
  return Response.json({ models: await browserModelManifest(), ortWasm: ortAssetUrls() }, { headers: { "cache-control": "no-store" } });
}
