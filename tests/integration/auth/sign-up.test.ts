import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/helpers/db";
import { callerFor, rejectsWithCode, TEST_PASSWORD, uniqueEmail } from "@/tests/helpers/factories";

const db = testDb();
const guest = () => callerFor(db, null);
const counts = async () => ({ users: await db.user.count(), orgs: await db.organization.count() });

describe("sign-up", () => {
  it("creates the user, a hashed password and a personal organization they own", async () => {
    const email = uniqueEmail("Signup");
    const created = await (await guest()).auth.signUp({ name: "Mei", email: email.toUpperCase(), password: TEST_PASSWORD });

    const user = await db.user.findUniqueOrThrow({ where: { id: created.id }, include: { memberships: { include: { organization: true } } } });
    expect(user.email).toBe(email.toLowerCase());
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(TEST_PASSWORD);
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]?.role).toBe("OWNER");
    expect(user.memberships[0]?.organization).toMatchObject({ personal: true, name: "Mei's workspace" });
  });

  it("refuses a duplicate email with CONFLICT and writes nothing", async () => {
    const email = uniqueEmail("dup");
    await (await guest()).auth.signUp({ name: "First", email, password: TEST_PASSWORD });
    const before = await counts();
    const error = await rejectsWithCode((await guest()).auth.signUp({ name: "Second", email, password: TEST_PASSWORD }), "CONFLICT");
    expect(error.message).toMatch(/already exists/);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["an empty name", { name: "", email: uniqueEmail(), password: TEST_PASSWORD }, /name: Enter your name/],
    ["a malformed email", { name: "A", email: "not-an-email", password: TEST_PASSWORD }, /email: Enter a valid email address/],
    ["an empty email", { name: "A", email: "", password: TEST_PASSWORD }, /email: Enter a valid email address/],
    ["a short password", { name: "A", email: uniqueEmail(), password: "short1" }, /password: Use at least 10 characters/],
    ["a letters-only password", { name: "A", email: uniqueEmail(), password: "onlylettershere" }, /password: Mix letters/],
    ["a 1 MB name", { name: "x".repeat(1_000_000), email: uniqueEmail(), password: TEST_PASSWORD }, /name: Use at most 100/],
    ["a 1 MB password", { name: "A", email: uniqueEmail(), password: "a1".repeat(500_000) }, /password: Use at most 200/],
  ])("rejects %s with BAD_REQUEST and a readable message, writing nothing", async (_label, input, message) => {
    const before = await counts();
    const error = await rejectsWithCode((await guest()).auth.signUp(input), "BAD_REQUEST");
    expect(error.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });
});
