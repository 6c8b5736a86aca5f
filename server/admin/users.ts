import type { Db } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { DomainError, notFound } from "@/server/errors";
import { pageWindow, type PageInput } from "./pagination";

export async function listUsers(db: Db, { search, page, pageSize }: PageInput) {
  const where = search
    ? { OR: [{ email: { contains: search, mode: "insensitive" as const } }, { name: { contains: search, mode: "insensitive" as const } }] }
    : {};
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      ...pageWindow({ page, pageSize }),
      select: { id: true, email: true, name: true, isPlatformAdmin: true, suspendedAt: true, createdAt: true, _count: { select: { memberships: true } } },
    }),
  ]);
  return { total, page, pageSize, rows };
}

/** Suspends or restores a user account (audited). A suspended user cannot sign in and every request is refused. */
export async function setUserSuspended(db: Db, userId: string, suspended: boolean, actorId: string) {
  if (userId === actorId) throw new DomainError("BAD_REQUEST", "You cannot suspend your own account.", "adminConsole.errors.suspendSelf");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, suspendedAt: true } });
    if (!user) throw notFound("User");
    if ((user.suspendedAt !== null) === suspended) return { id: user.id, suspendedAt: user.suspendedAt };
    const updated = await tx.user.update({ where: { id: userId }, data: { suspendedAt: suspended ? new Date() : null }, select: { id: true, suspendedAt: true } });
    await recordAudit(tx, { actorId, action: suspended ? "user.suspended" : "user.restored", targetType: "user", targetId: userId });
    return updated;
  });
}
