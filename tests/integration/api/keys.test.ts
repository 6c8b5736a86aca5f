import { describe, expect, it } from "vitest";
import { authenticateApiKey, hashApiKey } from "@/server/api-keys";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser, rejectsWithCode } from "@/tests/helpers/factories";

const db = testDb();

describe("API keys through tRPC", () => {
  it("creates a key shown once, stored only as a SHA-256 hash with its public prefix, and audited", async () => {
    const owner = await createUser(db, "key-owner");
    const caller = await callerFor(db, owner.id, owner.personalOrganizationId);
    const created = await caller.apiKeys.create({ name: "Backend", scopes: ["chat", "embeddings", "chat"] });
    expect(created.secret).toMatch(/^sk_live_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(`${created.prefix}_`)).toBe(true);
    expect(created.scopes).toEqual(["chat", "embeddings"]);

    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.hashedKey).toBe(hashApiKey(created.secret));
    expect(JSON.stringify(row)).not.toContain(created.secret.slice(-43));
    const listed = await caller.apiKeys.list();
    expect(listed).toEqual([expect.objectContaining({ id: created.id, prefix: created.prefix, status: "active", lastUsedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const audit = await db.auditLog.findMany({ where: { targetId: created.id } });
    expect(audit.map((a) => a.action)).toEqual(["api_key.created"]);
    expect(JSON.stringify(audit)).not.toContain(created.secret);
  });

  it("revokes (audited) and reports status; a second revoke is NOT_FOUND", async () => {
    const owner = await createUser(db, "key-revoker");
    const caller = await callerFor(db, owner.id, owner.personalOrganizationId);
    const created = await caller.apiKeys.create({ name: "Old", scopes: ["sentiment"] });
    await caller.apiKeys.revoke({ apiKeyId: created.id });
    expect((await caller.apiKeys.list())[0]).toMatchObject({ status: "revoked" });
    expect(await authenticateApiKey(db, created.secret)).toEqual({ ok: false, reason: "revoked" });
    await rejectsWithCode(caller.apiKeys.revoke({ apiKeyId: created.id }), "NOT_FOUND");
    expect((await db.auditLog.findMany({ where: { targetId: created.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action)).toEqual([
      "api_key.created",
      "api_key.revoked",
    ]);
  });

  it("validates name, scopes and expiry", async () => {
    const owner = await createUser(db, "key-validator");
    const caller = await callerFor(db, owner.id, owner.personalOrganizationId);
    await rejectsWithCode(caller.apiKeys.create({ name: " ", scopes: ["chat"] }), "BAD_REQUEST");
    await rejectsWithCode(caller.apiKeys.create({ name: "x", scopes: [] }), "BAD_REQUEST");
    await rejectsWithCode(caller.apiKeys.create({ name: "x", scopes: ["admin" as "chat"] }), "BAD_REQUEST");
    await rejectsWithCode(caller.apiKeys.create({ name: "x", scopes: ["chat"], expiresAt: new Date(Date.now() - 1000) }), "BAD_REQUEST");
    const later = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    expect((await caller.apiKeys.create({ name: "x", scopes: ["chat"], expiresAt: later })).expiresAt).toEqual(later);
  });

  it("lets members list keys but only admins create or revoke them", async () => {
    const owner = await createUser(db, "key-admin");
    const member = await createUser(db, "key-member");
    await db.membership.create({ data: { userId: member.id, organizationId: owner.personalOrganizationId, role: "MEMBER" } });
    const ownerCaller = await callerFor(db, owner.id, owner.personalOrganizationId);
    const created = await ownerCaller.apiKeys.create({ name: "Shared", scopes: ["chat"] });
    const memberCaller = await callerFor(db, member.id, owner.personalOrganizationId);
    expect((await memberCaller.apiKeys.list()).map((k) => k.id)).toEqual([created.id]);
    await rejectsWithCode(memberCaller.apiKeys.create({ name: "Mine", scopes: ["chat"] }), "FORBIDDEN");
    await rejectsWithCode(memberCaller.apiKeys.revoke({ apiKeyId: created.id }), "FORBIDDEN");
  });
});
