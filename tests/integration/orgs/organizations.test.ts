import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser, rejectsWithCode } from "@/tests/helpers/factories";

const db = testDb();

describe("organizations", () => {
  it("creates an organization owned by its creator, with a unique slug and an audit entry", async () => {
    const user = await createUser(db, "creator");
    const api = await callerFor(db, user.id);
    const first = await api.organizations.create({ name: "Acme Support" });
    const second = await api.organizations.create({ name: "Acme Support" });

    expect(first).toMatchObject({ name: "Acme Support", role: "OWNER", personal: false });
    expect(first.slug).toMatch(/^acme-support/);
    expect(second.slug).not.toBe(first.slug);
    expect((await api.organizations.list()).map((o) => o.name)).toEqual([`creator's workspace`, "Acme Support", "Acme Support"]);
    expect(await db.auditLog.count({ where: { organizationId: first.id, action: "organization.created", actorId: user.id } })).toBe(1);
  });

  it.each([
    ["an empty name", "", /name: Use at least 2 characters/],
    ["a blank name", "   ", /name: Use at least 2 characters/],
    ["a 1 MB name", "n".repeat(1_000_000), /name: Use at most 80 characters/],
  ])("rejects %s with BAD_REQUEST and creates nothing", async (_label, name, message) => {
    const user = await createUser(db, "badorg");
    const before = await db.organization.count();
    const error = await rejectsWithCode((await callerFor(db, user.id)).organizations.create({ name }), "BAD_REQUEST");
    expect(error.message).toMatch(message);
    expect(await db.organization.count()).toBe(before);
  });

  it("renames only with the admin role", async () => {
    const owner = await createUser(db, "renamer");
    const member = await createUser(db, "plain");
    await db.membership.create({ data: { organizationId: owner.personalOrganizationId, userId: member.id, role: "MEMBER" } });

    await rejectsWithCode((await callerFor(db, member.id, owner.personalOrganizationId)).organizations.rename({ name: "Hijacked" }), "FORBIDDEN");
    const renamed = await (await callerFor(db, owner.id, owner.personalOrganizationId)).organizations.rename({ name: "Renamed Co" });
    expect(renamed.name).toBe("Renamed Co");
  });

  it("falls back to the first organization when none is requested", async () => {
    const user = await createUser(db, "fallback");
    const me = await (await callerFor(db, user.id)).auth.me();
    expect(me.organization).toMatchObject({ id: user.personalOrganizationId, role: "OWNER" });
  });
});
