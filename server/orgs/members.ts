import type { Db, Role } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { forbidden, notFound } from "@/server/errors";
import { assertNotLastOwner } from "./organizations";

interface Actor {
  id: string;
  role: Role;
}

export async function listMembers(db: Db, organizationId: string) {
  const rows = await db.membership.findMany({
    where: { organizationId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({ id: m.id, role: m.role, joinedAt: m.createdAt, user: m.user }));
}

export async function changeMemberRole(db: Db, organizationId: string, actor: Actor, membershipId: string, role: Role) {
  const target = await findMember(db, organizationId, membershipId);
  const touchesOwner = target.role === "OWNER" || role === "OWNER";
  if (touchesOwner && actor.role !== "OWNER") throw forbidden("Only owners can grant or remove the owner role.");
  if (target.role === "OWNER" && role !== "OWNER") {
    assertNotLastOwner(await countOwners(db, organizationId), "An organization needs at least one owner.");
  }
  const updated = await db.membership.update({ where: { id: target.id }, data: { role } });
  await recordAudit(db, { organizationId, actorId: actor.id, action: "member.role_changed", targetType: "membership", targetId: target.id, metadata: { from: target.role, to: role } });
  return { id: updated.id, role: updated.role };
}

export async function removeMember(db: Db, organizationId: string, actor: Actor, membershipId: string) {
  const target = await findMember(db, organizationId, membershipId);
  const self = target.userId === actor.id;
  if (!self && target.role === "OWNER" && actor.role !== "OWNER") throw forbidden("Only owners can remove owners.");
  if (target.role === "OWNER") {
    assertNotLastOwner(await countOwners(db, organizationId), "The last owner cannot leave. Make someone else an owner first.");
  }
  await db.membership.delete({ where: { id: target.id } });
  await recordAudit(db, { organizationId, actorId: actor.id, action: self ? "member.left" : "member.removed", targetType: "membership", targetId: target.id });
}

async function findMember(db: Db, organizationId: string, membershipId: string) {
  const member = await db.membership.findFirst({ where: { id: membershipId, organizationId } });
  if (!member) throw notFound("Member");
  return member;
}

const countOwners = (db: Db, organizationId: string) => db.membership.count({ where: { organizationId, role: "OWNER" } });
