import { browserModelManifest } from "@/server/inference";

export const dynamic = "force-dynamic";

/** Which models the browser may download from this server, with their content versions and sizes. */
export async function GET() {
  return Response.json({ models: await browserModelManifest() }, { headers: { "cache-control": "no-store" } });
}
