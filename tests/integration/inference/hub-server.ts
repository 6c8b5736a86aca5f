import { readFile } from "node:fs/promises";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

export interface HubServer {
  url: string;
  requests: string[];
  /** Serve these bytes instead of the file for a path (e.g. corrupted copies). */
  overrides: Map<string, Uint8Array>;
  close(): Promise<void>;
}

/** Serves `root/<owner>/<name>/<file>` at `/<owner>/<name>/resolve/<revision>/<file>`, like the Hub. */
export async function startHubServer(root: string): Promise<HubServer> {
  const requests: string[] = [];
  const overrides = new Map<string, Uint8Array>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(path);
    const match = /^\/([^/]+\/[^/]+)\/resolve\/[^/]+\/(.+)$/.exec(path);
    if (!match || match[2]!.split("/").includes("..")) return void res.writeHead(400).end();
    try {
      const body = overrides.get(path) ?? (await readFile(join(root, match[1]!, match[2]!)));
      res.writeHead(200, { "content-length": body.byteLength, "content-type": "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("Entry not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    overrides,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
