import { beforeEach, describe, expect, it } from "vitest";
import { acceptInvitation, INVITATION_TTL_MS, inviteMember } from "@/server/orgs";
import { testDb } from "@/tests/helpers/db";
import { callerFor, createUser, rejectsWithCode, uniqueEmail } from "@/tests/helpers/factories";

const db = testDb();

let owner: Awaited<ReturnType<typeof createUser>>;
let orgId: string;

beforeEach(async () => {
  owner = await createUser(db, "owner");
  const org = await (await callerFor(db, owner.id)).organizations.create({ name: "Invite Co" });
  orgId = org.id;
});

const tokenFrom = (text: string) => /\/invite\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

async function inviteAndReadToken(email: string, role: "OWNER" | "ADMIN" | "MEMBER" = "MEMBER") {
  await (await callerFor(db, owner.id, orgId)).invitations.create({ email, role });
  const message = await db.emailMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return { token: tokenFrom(message.text), message };
}

describe("invitations", () => {
  it("emails a link; the invitee accepts and becomes a member with the invited role", async () => {
    const invitee = await createUser(db, "invitee");
    const { token, message } = await inviteAndReadToken(invitee.email, "ADMIN");
    expect(message.subject).toContain("Invite Co");
    expect(token).toHaveLength(43);
    expect(await db.invitation.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored

    const guestView = await (await callerFor(db, null)).invitations.describe({ token });
    expect(guestView).toMatchObject({ organizationName: "Invite Co", email: invitee.email, role: "ADMIN" });

    const accepted = await (await callerFor(db, invitee.id)).invitations.accept({ token });
    expect(accepted.organizationId).toBe(orgId);
    const membership = await db.membership.findUniqueOrThrow({ where: { userId_organizationId: { userId: invitee.id, organizationId: orgId } } });
    expect(membership.role).toBe("ADMIN");
    await rejectsWithCode((await callerFor(db, invitee.id)).invitations.accept({ token }), "CONFLICT");
  });

  it("refuses an invitation accepted by someone signed in with another email", async () => {
    const { token } = await inviteAndReadToken(uniqueEmail("intended"));
    const intruder = await createUser(db, "intruder");
    const error = await rejectsWithCode((await callerFor(db, intruder.id)).invitations.accept({ token }), "FORBIDDEN");
    expect(error.message).toMatch(/was sent to/);
    expect(await db.membership.count({ where: { organizationId: orgId } })).toBe(1);
  });

  it("refuses an expired invitation with a clear error and adds no member", async () => {
    const invitee = await createUser(db, "late");
    const eightDaysAgo = new Date(Date.now() - INVITATION_TTL_MS - 24 * 3600 * 1000);
    await inviteMember(db, { organizationId: orgId, actor: { id: owner.id, role: "OWNER", name: null, email: owner.email }, email: invitee.email, role: "MEMBER", appUrl: "http://x" }, eightDaysAgo);
    const message = await db.emailMessage.findFirstOrThrow({ where: { to: invitee.email } });
    const error = await rejectsWithCode((await callerFor(db, invitee.id)).invitations.accept({ token: tokenFrom(message.text) }), "PRECONDITION_FAILED");
    expect(error.message).toBe("This invitation has expired. Ask for a new one.");
    expect(await db.membership.count({ where: { organizationId: orgId } })).toBe(1);
    expect(await db.invitation.count({ where: { organizationId: orgId, acceptedAt: { not: null } } })).toBe(0);
  });

  it("refuses revoked and unknown tokens as NOT_FOUND, and malformed ones as BAD_REQUEST", async () => {
    const email = uniqueEmail("revoked");
    const { token } = await inviteAndReadToken(email);
    const api = await callerFor(db, owner.id, orgId);
    const [pending] = await api.invitations.list();
    await api.invitations.revoke({ invitationId: pending!.id });
    await rejectsWithCode((await callerFor(db, null)).invitations.describe({ token }), "NOT_FOUND");
    await rejectsWithCode((await callerFor(db, null)).invitations.describe({ token: "A".repeat(43) }), "NOT_FOUND");
    await rejectsWithCode((await callerFor(db, null)).invitations.describe({ token: "../../etc/passwd" }), "BAD_REQUEST");
  });

  it("rejects malformed invitation emails and 1 MB inputs with BAD_REQUEST, sending nothing", async () => {
    const api = await callerFor(db, owner.id, orgId);
    const before = await db.emailMessage.count();
    const error = await rejectsWithCode(api.invitations.create({ email: "bob@", role: "MEMBER" }), "BAD_REQUEST");
    expect(error.message).toBe("email: Enter a valid email address.");
    await rejectsWithCode(api.invitations.create({ email: `${"a".repeat(1_000_000)}@x.test`, role: "MEMBER" }), "BAD_REQUEST");
    expect(await db.emailMessage.count()).toBe(before);
    expect(await db.invitation.count({ where: { organizationId: orgId } })).toBe(0);
  });

  it("does not invite an existing member", async () => {
    const api = await callerFor(db, owner.id, orgId);
    await rejectsWithCode(api.invitations.create({ email: owner.email, role: "MEMBER" }), "CONFLICT");
  });
});

describe("roles", () => {
  async function addMember(role: "ADMIN" | "MEMBER") {
    const user = await createUser(db, role.toLowerCase());
    const membership = await db.membership.create({ data: { organizationId: orgId, userId: user.id, role } });
    return { user, membership };
  }

  it("members cannot manage invitations or members", async () => {
    const { user } = await addMember("MEMBER");
    const api = await callerFor(db, user.id, orgId);
    await rejectsWithCode(api.invitations.create({ email: uniqueEmail(), role: "MEMBER" }), "FORBIDDEN");
    await rejectsWithCode(api.invitations.list(), "FORBIDDEN");
    await rejectsWithCode(api.members.changeRole({ membershipId: "x", role: "ADMIN" }), "FORBIDDEN");
    expect((await api.members.list()).length).toBe(2);
  });

  it("admins manage members but cannot create or remove owners", async () => {
    const { user: admin } = await addMember("ADMIN");
    const { membership: member } = await addMember("MEMBER");
    const api = await callerFor(db, admin.id, orgId);
    await rejectsWithCode(api.invitations.create({ email: uniqueEmail(), role: "OWNER" }), "FORBIDDEN");
    await rejectsWithCode(api.members.changeRole({ membershipId: member.id, role: "OWNER" }), "FORBIDDEN");
    const ownerMembership = await db.membership.findFirstOrThrow({ where: { organizationId: orgId, userId: owner.id } });
    await rejectsWithCode(api.members.remove({ membershipId: ownerMembership.id }), "FORBIDDEN");

    expect(await api.members.changeRole({ membershipId: member.id, role: "ADMIN" })).toMatchObject({ role: "ADMIN" });
    await api.members.remove({ membershipId: member.id });
    expect(await db.membership.findUnique({ where: { id: member.id } })).toBeNull();
    expect(await db.auditLog.count({ where: { organizationId: orgId, action: { in: ["member.role_changed", "member.removed"] } } })).toBe(2);
  });

  it("the last owner can neither be demoted nor leave", async () => {
    const api = await callerFor(db, owner.id, orgId);
    const ownerMembership = await db.membership.findFirstOrThrow({ where: { organizationId: orgId, userId: owner.id } });
    const error = await rejectsWithCode(api.members.changeRole({ membershipId: ownerMembership.id, role: "MEMBER" }), "PRECONDITION_FAILED");
    expect(error.message).toBe("An organization needs at least one owner.");
    await rejectsWithCode(api.members.leave(), "PRECONDITION_FAILED");
    expect((await db.membership.findUniqueOrThrow({ where: { id: ownerMembership.id } })).role).toBe("OWNER");
  });

  it("a member can leave", async () => {
    const { user, membership } = await addMember("MEMBER");
    await (await callerFor(db, user.id, orgId)).members.leave();
    expect(await db.membership.findUnique({ where: { id: membership.id } })).toBeNull();
  });

  it("accepting an invitation directly checks the email even without tRPC", async () => {
    const { token } = await inviteAndReadToken(uniqueEmail("direct"));
    await expect(acceptInvitation(db, token, { id: owner.id, email: owner.email })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
