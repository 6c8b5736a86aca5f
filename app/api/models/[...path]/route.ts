import { resolveModelsDir, serveModelFile } from "@/server/inference";

/** Model files for in-browser inference, streamed from MODELS_DIR in the Hub's URL layout. */
async function handler(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return serveModelFile(resolveModelsDir(), (await params).path, request);
}

export { handler as GET, handler as HEAD };
