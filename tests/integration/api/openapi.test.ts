import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/openapi.json/route";

const V1 = new URL("../../../app/api/v1/", import.meta.url).pathname;

/** `/chat/completions`, … for every POST route file under app/api/v1. */
async function routeFilePaths(): Promise<string[]> {
  const files = await readdir(V1, { recursive: true });
  return files
    .filter((f) => f.endsWith("route.ts") && !f.startsWith("openapi.json"))
    .map((f) => `/${f.slice(0, -"/route.ts".length)}`)
    .sort();
}

interface Operation {
  security: unknown[];
  requestBody: { content: Record<string, { schema: { type?: string; properties?: Record<string, unknown> } }> };
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
}

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document listing every route with its schemas, errors and auth", async () => {
    const res = GET();
    expect(res.headers.get("content-type")).toContain("application/json");
    const doc = JSON.parse(await res.text()) as { openapi: string; paths: Record<string, { post: Operation }>; components: { securitySchemes: unknown } };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(await routeFilePaths());
    expect(doc.components.securitySchemes).toEqual({ bearerAuth: expect.objectContaining({ type: "http", scheme: "bearer" }) });
    for (const [path, { post }] of Object.entries(doc.paths)) {
      expect(post.security, path).toEqual([{ bearerAuth: [] }]);
      expect(post.requestBody.content["application/json"]!.schema.type, path).toBe("object");
      expect(Object.keys(post.responses), path).toEqual(expect.arrayContaining(["200", "400", "401", "403", "429", "503"]));
      expect(post.responses["200"]!.headers, path).toHaveProperty("x-lumen-demo-model");
    }
    const chat = doc.paths["/chat/completions"]!.post;
    expect(chat.requestBody.content["application/json"]!.schema.properties).toHaveProperty("messages");
    expect(chat.responses["200"]!.content).toHaveProperty("text/event-stream");
    expect(doc.paths["/vision/classify"]!.post.requestBody.content).toHaveProperty("multipart/form-data");
  });
});
