import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as chatCompletions } from "@/app/api/v1/chat/completions/route";
import { toApiError } from "@/server/api/errors";
import { InferenceError } from "@/server/inference";
import { testDb } from "@/tests/helpers/db";
import { createApiOrganization, post, usageEvents, useTinyRuntime } from "./api-test-kit";

const db = testDb();
let cleanup: () => Promise<void>;

beforeAll(async () => {
  cleanup = await useTinyRuntime();
  await rm(join(process.env.MODELS_DIR!, "lumen-tiny", "chat"), { recursive: true });
});
afterAll(() => cleanup());

describe("inference failures as HTTP", () => {
  it("a missing model is a 503 that says how to install it, for plain and streaming calls, and bills nothing", async () => {
    const org = await createApiOrganization(db);
    for (const stream of [false, true]) {
      const res = await post(chatCompletions, "/chat/completions", { key: org.key.secret, body: { messages: [{ role: "user", content: "hi" }], stream } });
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toContain("application/json");
      const { error } = await res.json();
      expect(error).toMatchObject({ type: "api_error", code: "model_missing" });
      expect(error.message).toContain("npm run models");
    }
    expect(await usageEvents(db, org.organizationId)).toEqual([]);
  });

  it.each([
    [new InferenceError("OVERLOADED", "queue full", { retryAfterSeconds: 2.2 }), 503, "overloaded", "3"],
    [new InferenceError("TIMEOUT", "slow"), 504, "timeout", undefined],
    [new InferenceError("BAD_INPUT", "invalid sentiment input: text: must not be empty"), 400, "bad_input", undefined],
    [new InferenceError("WORKER_CRASHED", "boom"), 500, "inference_failed", undefined],
  ])("maps %s", (error, status, code, retryAfter) => {
    const mapped = toApiError(error, "req_test");
    expect(mapped.status).toBe(status);
    expect(mapped.code).toBe(code);
    expect(mapped.options.headers?.["Retry-After"]).toBe(retryAfter);
  });
});
