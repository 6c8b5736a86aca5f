import { describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/server/auth";
import { DomainError } from "@/server/errors";
import { testDb } from "@/tests/helpers/db";
import { createUser, TEST_PASSWORD } from "@/tests/helpers/factories";

const db = testDb();

async function reason(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).reason;
}

describe("password sign-in", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await createUser(db, "signin");
    const result = await authenticateWithPassword(db, { email: user.email.toUpperCase(), password: TEST_PASSWORD }, "10.0.0.1");
    expect(result).toMatchObject({ id: user.id, email: user.email, isPlatformAdmin: false });
  });

  it("rejects a wrong password and an unknown email with the same message", async () => {
    const user = await createUser(db, "wrong");
    expect(await reason(authenticateWithPassword(db, { email: user.email, password: "not-the-password-1" }, "10.0.0.2"))).toBe("auth.wrongCredentials");
    expect(await reason(authenticateWithPassword(db, { email: "nobody@example.test", password: TEST_PASSWORD }, "10.0.0.2"))).toBe("auth.wrongCredentials");
  });

  it("throttles after 5 failures for one email, even when the sixth attempt is right", async () => {
    const user = await createUser(db, "throttle");
    for (let i = 0; i < 5; i++) {
      await authenticateWithPassword(db, { email: user.email, password: `bad-password-${i}` }, "10.0.0.3").catch(() => {});
    }
    expect(await reason(authenticateWithPassword(db, { email: user.email, password: TEST_PASSWORD }, "10.0.0.4"))).toBe("auth.throttled");
    expect(await db.signInAttempt.count({ where: { email: user.email, succeeded: false } })).toBe(5);
  });

  it("refuses suspended users", async () => {
    const user = await createUser(db, "suspended");
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });
    expect(await reason(authenticateWithPassword(db, { email: user.email, password: TEST_PASSWORD }, "10.0.0.5"))).toBe("auth.suspended");
  });

  it("rejects malformed input without touching the database", async () => {
    const before = await db.signInAttempt.count();
    expect(await reason(authenticateWithPassword(db, { email: "x".repeat(1_000_000), password: "p" }, "10.0.0.6"))).toBe("auth.invalidInput");
    expect(await reason(authenticateWithPassword(db, null, "10.0.0.6"))).toBe("auth.invalidInput");
    expect(await db.signInAttempt.count()).toBe(before);
  });
});
