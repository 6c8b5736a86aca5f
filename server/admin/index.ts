import { z } from "zod";
import type { Db } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { notFound } from "@/server/errors";

export const pageInput = z.object({
  search: z.string().trim().max(200).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type PageInput = z.infer<typeof pageInput>;

export async function platformOverview(db: Db) {
  const [users, organizations, platformAdmins] = await Promise.all([
    db.user.count(),
    db.organization.count(),
    db.user.count({ where: { isPlatformAdmin: true } }),
  ]);
  return { users, organizations, platformAdmins };
}

export async function listUsers(db: Db, { search, page, pageSize }: PageInput) {
  const where = search
    ? { OR: [{ email: { contains: search, mode: "insensitive" as const } }, { name: { contains: search, mode: "insensitive" as const } }] }
    : {};
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, email: true, name: true, isPlatformAdmin: true, suspendedAt: true, createdAt: true, _count: { select: { memberships: true } } },
    }),
  ]);
  return { total, page, pageSize, rows };
}

/** Grants or removes the platform-admin flag (used by the seed and `npm run admin -- grant <email>`). */
export async function setPlatformAdmin(db: Db, email: string, isPlatformAdmin: boolean, actorId: string | null = null) {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user) throw notFound(`User ${email}`);
  await db.user.update({ where: { id: user.id }, data: { isPlatformAdmin } });
  await recordAudit(db, { actorId, action: isPlatformAdmin ? "platform_admin.granted" : "platform_admin.revoked", targetType: "user", targetId: user.id });
  return { id: user.id, email: user.email, isPlatformAdmin };
}
