import { beforeAll, describe, expect, it } from "vitest";
import { authenticateApiKey, createApiKey } from "@/server/api-keys";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser, rejectsWithCode } from "@/tests/helpers/factories";

const db = testDb();
let admin: Awaited<ReturnType<typeof createUser>>;
let owner: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  admin = await createUser(db, "suspender");
  await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
  owner = await createUser(db, "suspended-owner");
});

describe("suspend and restore", () => {
  it("a suspended organization's keys stop working and its members lose access, until restored (audited)", async () => {
    const adminApi = await callerFor(db, admin.id);
    const organizationId = owner.personalOrganizationId;
    const { secret } = await createApiKey(db, { organizationId, actorId: owner.id, input: { name: "ci", scopes: ["translate"] } });
    expect(await authenticateApiKey(db, secret)).toMatchObject({ ok: true, key: { organizationSuspended: false } });

    await adminApi.admin.setOrganizationSuspended({ id: organizationId, suspended: true });
    expect(await authenticateApiKey(db, secret)).toMatchObject({ ok: true, key: { organizationSuspended: true } });
    await rejectsWithCode((await callerFor(db, owner.id, organizationId)).usage.currentPeriod(), "FORBIDDEN");
    expect((await (await callerFor(db, owner.id)).organizations.list()).map((o) => o.id)).not.toContain(organizationId);

    await adminApi.admin.setOrganizationSuspended({ id: organizationId, suspended: false });
    expect(await authenticateApiKey(db, secret)).toMatchObject({ ok: true, key: { organizationSuspended: false } });
    await expect((await callerFor(db, owner.id, organizationId)).usage.currentPeriod()).resolves.toMatchObject({ totalUnits: 0 });

    const audit = await db.auditLog.findMany({ where: { targetId: organizationId, action: { startsWith: "organization.s" } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([["organization.suspended", admin.id]]);
    const log = await adminApi.admin.auditLog({ organization: organizationId, actor: admin.email, page: 1 });
    expect(log.rows.map((row) => row.action)).toEqual(["organization.restored", "organization.suspended"]);
  });

  it("a suspended user is refused everywhere, cannot suspend themselves, and is restored (audited)", async () => {
    const adminApi = await callerFor(db, admin.id);
    const user = await createUser(db, "suspended-user");
    await adminApi.admin.setUserSuspended({ id: user.id, suspended: true });
    await rejectsWithCode((await callerFor(db, user.id)).organizations.list(), "FORBIDDEN");
    await rejectsWithCode(adminApi.admin.setUserSuspended({ id: admin.id, suspended: true }), "BAD_REQUEST");
    await adminApi.admin.setUserSuspended({ id: user.id, suspended: false });
    await expect((await callerFor(db, user.id)).organizations.list()).resolves.toHaveLength(1);
    const actions = await db.auditLog.findMany({ where: { targetId: user.id, action: { in: ["user.suspended", "user.restored"] } }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["user.suspended", "user.restored"]);
  });
});
