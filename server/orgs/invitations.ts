import { createHash, randomBytes } from "node:crypto";
import type { Db, Role } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { DomainError, forbidden, notFound } from "@/server/errors";
import { sendEmail } from "@/server/mail";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

interface InviteArgs {
  organizationId: string;
  actor: { id: string; role: Role; name: string | null; email: string };
  email: string;
  role: Role;
  appUrl: string;
}

/** Creates an invitation and emails its link. Only the token's hash is stored. */
export async function inviteMember(db: Db, args: InviteArgs, now = new Date()) {
  if (args.role === "OWNER" && args.actor.role !== "OWNER") throw forbidden("Only owners can invite owners.");
  const alreadyMember = await db.membership.findFirst({
    where: { organizationId: args.organizationId, user: { email: args.email } },
    select: { id: true },
  });
  if (alreadyMember) throw new DomainError("CONFLICT", `${args.email} is already a member.`, "orgs.alreadyMember");

  const token = randomBytes(32).toString("base64url");
  const org = await db.organization.findUniqueOrThrow({ where: { id: args.organizationId }, select: { name: true } });
  const link = `${args.appUrl.replace(/\/$/, "")}/invite/${token}`;
  const invitation = await db.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        organizationId: args.organizationId,
        email: args.email,
        role: args.role,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        invitedById: args.actor.id,
      },
    });
    await recordAudit(tx, { organizationId: args.organizationId, actorId: args.actor.id, action: "invitation.created", targetType: "invitation", targetId: created.id, metadata: { email: args.email, role: args.role } });
    await sendEmail(tx, {
      to: args.email,
      subject: `You're invited to join ${org.name} on Lumen`,
      text: `${args.actor.name ?? args.actor.email} invited you to join ${org.name} as ${args.role.toLowerCase()}.\n\nAccept the invitation: ${link}\n\nThe link expires in 7 days.\n\n${org.name} 邀请你加入 Lumen。打开上面的链接接受邀请（7 天内有效）。`,
    });
    return created;
  });
  return { invitation: toInvitationView(invitation, now), link };
}

export async function listInvitations(db: Db, organizationId: string, now = new Date()) {
  const rows = await db.invitation.findMany({
    where: { organizationId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map((row) => toInvitationView(row, now));
}

export async function revokeInvitation(db: Db, organizationId: string, invitationId: string, actorId: string) {
  const result = await db.invitation.updateMany({
    where: { id: invitationId, organizationId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (result.count === 0) throw notFound("Invitation");
  await recordAudit(db, { organizationId, actorId, action: "invitation.revoked", targetType: "invitation", targetId: invitationId });
}

/** What the invite page shows before the user accepts. */
export async function describeInvitation(db: Db, token: string, now = new Date()) {
  const invitation = await findUsableInvitation(db, token, now);
  return { organizationName: invitation.organization.name, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
}

export async function acceptInvitation(db: Db, token: string, user: { id: string; email: string }, now = new Date()) {
  const invitation = await findUsableInvitation(db, token, now);
  if (invitation.email !== user.email.toLowerCase()) {
    throw new DomainError("FORBIDDEN", `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`, "invite.invitationOtherEmail");
  }
  await db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (claimed.count === 0) throw new DomainError("CONFLICT", "This invitation has already been used.", "invite.invitationUsed");
    await tx.membership.upsert({
      where: { userId_organizationId: { userId: user.id, organizationId: invitation.organizationId } },
      create: { userId: user.id, organizationId: invitation.organizationId, role: invitation.role },
      update: {},
    });
    await recordAudit(tx, { organizationId: invitation.organizationId, actorId: user.id, action: "invitation.accepted", targetType: "invitation", targetId: invitation.id });
  });
  return { organizationId: invitation.organizationId, organizationName: invitation.organization.name };
}

async function findUsableInvitation(db: Db, token: string, now: Date) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: { select: { name: true, suspendedAt: true } } },
  });
  if (!invitation || invitation.revokedAt || invitation.organization.suspendedAt) throw notFound("Invitation");
  if (invitation.acceptedAt) throw new DomainError("CONFLICT", "This invitation has already been used.", "invite.invitationUsed");
  if (invitation.expiresAt <= now) {
    throw new DomainError("PRECONDITION_FAILED", "This invitation has expired. Ask for a new one.", "invite.invitationExpired");
  }
  return invitation;
}

function toInvitationView(row: { id: string; email: string; role: Role; expiresAt: Date; createdAt: Date }, now: Date) {
  return { id: row.id, email: row.email, role: row.role, createdAt: row.createdAt, expiresAt: row.expiresAt, expired: row.expiresAt <= now };
}
