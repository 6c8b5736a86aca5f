import { describe, expect, it } from "vitest";
import { appUrl } from "@/tests/helpers/browser";

async function call(path: string, input?: unknown, init: RequestInit = {}) {
  const url = `${appUrl()}/api/trpc/${path}`;
  const response =
    input === undefined
      ? await fetch(url, init)
      : await fetch(url, { ...init, method: "POST", headers: { "content-type": "application/json", ...init.headers }, body: JSON.stringify({ json: input }) });
  const body = (await response.json()) as { error?: { json: { message: string; data: { code: string; httpStatus: number; fieldErrors: Record<string, string[]> | null } } } };
  return { status: response.status, error: body.error?.json };
}

describe("tRPC over HTTP", () => {
  it("answers bad input with 400 and a sentence, plus per-field messages", async () => {
    const { status, error } = await call("auth.signUp", { name: "Ann", email: "not-an-email", password: "long-enough-1" });
    expect(status).toBe(400);
    expect(error?.message).toBe("email: Enter a valid email address.");
    expect(error?.data.fieldErrors?.email).toEqual(["Enter a valid email address."]);
  });

  it("answers a 1 MB field with 400, not a crash", async () => {
    const { status, error } = await call("auth.signUp", { name: "n".repeat(1_000_000), email: "big@example.test", password: "long-enough-1" });
    expect(status).toBe(400);
    expect(error?.message).toBe("name: Use at most 100 characters.");
  });

  it("answers signed-out calls to protected procedures with 401", async () => {
    const { status, error } = await call("members.list");
    expect(status).toBe(401);
    expect(error?.message).toBe("Sign in to continue.");
  });
});
