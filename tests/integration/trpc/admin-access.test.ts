import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/trpc";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser, rejectsWithCode } from "@/tests/helpers/factories";

const db = testDb();
const adminPaths = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("admin."));

type AnyCaller = Record<string, unknown>;
const procedureAt = (caller: AnyCaller, path: string) =>
  path.split(".").reduce<unknown>((node, key) => (node as AnyCaller)[key], caller) as (input?: unknown) => Promise<unknown>;

// A valid input for each procedure, so a refusal proves the tier check and not input validation.
const VALID_INPUT: Record<string, unknown> = {
  "admin.users": { page: 1 },
  "admin.organizations": { page: 1 },
  "admin.setUserSuspended": { id: "x", suspended: true },
  "admin.setOrganizationSuspended": { id: "x", suspended: true },
  "admin.usageAndRevenue": { range: { kind: "last30" }, timeZone: "UTC" },
  "admin.auditLog": { page: 1 },
};

let member: Awaited<ReturnType<typeof createUser>>;
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  member = await createUser(db, "not-admin");
  admin = await createUser(db, "platform-admin");
  await db.user.update({ where: { id: admin.id }, data: { isPlatformAdmin: true } });
});

describe("admin console access", () => {
  it("covers every admin procedure", () => {
    expect(adminPaths).toEqual(expect.arrayContaining(["admin.overview", "admin.users", "admin.organizations", "admin.setUserSuspended", "admin.auditLog", "admin.workers"]));
    expect(adminPaths.length).toBeGreaterThanOrEqual(10);
  });

  it.each(adminPaths)("%s is FORBIDDEN to an organization owner who is not a platform admin", async (path) => {
    const caller = (await callerFor(db, member.id, member.personalOrganizationId)) as unknown as AnyCaller;
    const error = await rejectsWithCode(procedureAt(caller, path)(VALID_INPUT[path]), "FORBIDDEN");
    expect(error.message).toBe("Platform administrators only.");
  });

  it.each(adminPaths.filter((path) => !path.startsWith("admin.set")))("%s answers a platform admin", async (path) => {
    const caller = (await callerFor(db, admin.id)) as unknown as AnyCaller;
    await expect(procedureAt(caller, path)(VALID_INPUT[path])).resolves.toBeDefined();
  });
});
