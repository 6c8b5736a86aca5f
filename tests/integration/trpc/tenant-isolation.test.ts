import { beforeAll, describe, expect, it } from "vitest";
import { inviteMember } from "@/server/orgs";
import { appRouter } from "@/server/trpc";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser, rejectsWithCode, uniqueEmail } from "@/tests/helpers/factories";

const db = testDb();

// Procedures that do not act on the caller's active organization. Every other procedure must refuse
// a member of organization A who asks to act on organization B — new procedures are covered automatically.
const NOT_ORG_SCOPED = new Set([
  "auth.signUp",
  "auth.me",
  "auth.setLocale",
  "organizations.list",
  "organizations.create",
  "organizations.switch",
  "invitations.describe",
  "invitations.accept",
  // The public support chat: customers have no account; the visitor token names exactly one conversation.
  "support.start",
  "support.conversation",
  "support.send",
  "support.requestHuman",
  "support.rateAnswer",
  "support.rateConversation",
]);

type AnyCaller = Record<string, unknown>;
function procedureAt(caller: AnyCaller, path: string) {
  return path.split(".").reduce<unknown>((node, key) => (node as AnyCaller)[key], caller) as (input?: unknown) => Promise<unknown>;
}

let alice: Awaited<ReturnType<typeof createUser>>;
let bob: Awaited<ReturnType<typeof createUser>>;
let orgB: string;
let bobMembershipId: string;
let orgBInvitationId: string;

beforeAll(async () => {
  alice = await createUser(db, "alice");
  bob = await createUser(db, "bob");
  orgB = bob.personalOrganizationId;
  bobMembershipId = (await db.membership.findFirstOrThrow({ where: { organizationId: orgB, userId: bob.id } })).id;
  const { invitation } = await inviteMember(db, {
    organizationId: orgB,
    actor: { id: bob.id, role: "OWNER", name: "bob", email: bob.email },
    email: uniqueEmail("invitee"),
    role: "MEMBER",
    appUrl: "http://localhost:3000",
  });
  orgBInvitationId = invitation.id;
});

// Platform-admin procedures act across organizations by design; admin-access.test.ts covers every one of them.
const orgScopedPaths = Object.keys(appRouter._def.procedures).filter((path) => !NOT_ORG_SCOPED.has(path) && !path.startsWith("admin."));

describe("tenant isolation", () => {
  it("knows which procedures are organization-scoped", () => {
    expect(orgScopedPaths.length).toBeGreaterThanOrEqual(9);
    expect(orgScopedPaths).toContain("invitations.create");
  });

  it.each(orgScopedPaths)("%s refuses a member of A acting on organization B (FORBIDDEN)", async (path) => {
    const caller = (await callerFor(db, alice.id, orgB)) as unknown as AnyCaller;
    const error = await rejectsWithCode(procedureAt(caller, path)({}), "FORBIDDEN");
    expect(error.message).toBe("You are not a member of this organization.");
  });

  it("cannot switch into an organization it does not belong to", async () => {
    await rejectsWithCode((await callerFor(db, alice.id)).organizations.switch({ organizationId: orgB }), "FORBIDDEN");
  });

  it("cannot touch B's members or invitations by id from its own organization (NOT_FOUND), and B is unchanged", async () => {
    const own = await callerFor(db, alice.id, alice.personalOrganizationId);
    await rejectsWithCode(own.members.changeRole({ membershipId: bobMembershipId, role: "MEMBER" }), "NOT_FOUND");
    await rejectsWithCode(own.members.remove({ membershipId: bobMembershipId }), "NOT_FOUND");
    await rejectsWithCode(own.invitations.revoke({ invitationId: orgBInvitationId }), "NOT_FOUND");

    expect((await db.membership.findUniqueOrThrow({ where: { id: bobMembershipId } })).role).toBe("OWNER");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: orgBInvitationId } })).revokedAt).toBeNull();
  });

  it("lists only the caller's own organization data", async () => {
    const own = await callerFor(db, alice.id, alice.personalOrganizationId);
    const members = await own.members.list();
    expect(members.map((m) => m.user.id)).toEqual([alice.id]);
    expect(await own.invitations.list()).toEqual([]);
    expect((await own.organizations.list()).map((o) => o.id)).toEqual([alice.personalOrganizationId]);
  });

  it("signed-out callers get UNAUTHORIZED on every non-public procedure", async () => {
    const guest = (await callerFor(db, null)) as unknown as AnyCaller;
    for (const path of [...orgScopedPaths, "auth.me", "organizations.list", "admin.users"]) {
      await rejectsWithCode(procedureAt(guest, path)({}), "UNAUTHORIZED");
    }
  });

  it("platform-admin procedures are FORBIDDEN to ordinary users", async () => {
    const caller = await callerFor(db, alice.id);
    await rejectsWithCode(caller.admin.overview(), "FORBIDDEN");
    await rejectsWithCode(caller.admin.users({ page: 1, pageSize: 20 }), "FORBIDDEN");
  });
});
