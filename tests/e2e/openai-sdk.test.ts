// The official openai SDK against the production build: our chat and embeddings endpoints must look like OpenAI's.
import OpenAI from "openai";
import { beforeAll, describe, expect, it } from "vitest";
import { generateTinyModels, TINY_CHAT_REPLY } from "@/scripts/models/tiny";
import { resolveModelsDir } from "@/server/inference";
import { appUrl } from "@/tests/helpers/browser";
import { testDb } from "@/tests/helpers/db";
import { createApiOrganization, usageEvents } from "@/tests/integration/api/api-test-kit";

const db = testDb();
let client: OpenAI;
let organizationId: string;

beforeAll(async () => {
  // The server reads the default MODELS_DIR; without real models there, the tiny ones stand in.
  await generateTinyModels(resolveModelsDir());
  const org = await createApiOrganization(db, { scopes: ["chat", "embeddings"] });
  organizationId = org.organizationId;
  client = new OpenAI({ apiKey: org.key.secret, baseURL: `${appUrl()}/api/v1`, maxRetries: 0 });
});

const messages = [{ role: "user" as const, content: "Hello there" }];

describe("openai SDK against /api/v1", () => {
  it("creates a chat completion and reads the demo-model header", async () => {
    const { data, response } = await client.chat.completions.create({ model: "lumen-chat", messages }).withResponse();
    expect(data.object).toBe("chat.completion");
    expect(data.model).toBe("lumen-tiny/chat");
    expect(data.choices[0]!.message.content).toBe(TINY_CHAT_REPLY);
    expect(data.usage).toMatchObject({ completion_tokens: 10, total_tokens: data.usage!.prompt_tokens + 10 });
    expect(response.headers.get("x-lumen-demo-model")).toBe("true");
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
  });

  it("streams a chat completion with the final usage chunk", async () => {
    const stream = await client.chat.completions.create({ model: "lumen-chat", messages, stream: true, stream_options: { include_usage: true } });
    let text = "";
    let usage: OpenAI.CompletionUsage | null | undefined;
    const finishReasons: string[] = [];
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      if (chunk.choices[0]?.finish_reason) finishReasons.push(chunk.choices[0].finish_reason);
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe(TINY_CHAT_REPLY);
    expect(finishReasons).toEqual(["stop"]);
    expect(usage).toMatchObject({ completion_tokens: 10 });
    const recorded = (await usageEvents(db, organizationId)).filter((e) => e.task === "chat");
    expect(recorded.at(-1)!.units).toBe(usage!.total_tokens);
  });

  it("creates embeddings (the SDK asks for base64 and decodes it)", async () => {
    const result = await client.embeddings.create({ model: "lumen-embeddings", input: ["refund my money", "reset my password"] });
    expect(result.data.map((d) => d.index)).toEqual([0, 1]);
    const [refund, password] = result.data.map((d) => d.embedding);
    expect(refund).toHaveLength(33);
    const norm = Math.hypot(...refund!);
    expect(norm).toBeCloseTo(1, 4);
    expect(refund!.reduce((s, x, i) => s + x * password![i]!, 0)).toBeLessThan(0.9);
    expect(result.usage.prompt_tokens).toBeGreaterThan(0);
  });

  it("surfaces our errors as the SDK's typed exceptions", async () => {
    const bad = new OpenAI({ apiKey: "sk_live_wrong", baseURL: `${appUrl()}/api/v1`, maxRetries: 0 });
    const auth = await bad.chat.completions.create({ model: "x", messages }).catch((e: unknown) => e);
    expect(auth).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((auth as InstanceType<typeof OpenAI.AuthenticationError>).message).toContain("Incorrect API key provided.");

    const invalid = await client.chat.completions.create({ model: "x", messages: [] }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(OpenAI.BadRequestError);
    expect((invalid as InstanceType<typeof OpenAI.BadRequestError>).param).toBe("messages");
  });
});
