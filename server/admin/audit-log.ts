import { z } from "zod";
import type { Db, Prisma } from "@/server/db";
import { pageWindow } from "./pagination";

export const auditLogInput = z.object({
  action: z.string().trim().max(100).optional(),
  /** Organization id, or part of its name or slug. */
  organization: z.string().trim().max(200).optional(),
  /** Actor's user id, or part of their email. */
  actor: z.string().trim().max(200).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(50),
});
export type AuditLogInput = z.infer<typeof auditLogInput>;

function auditWhere({ action, organization, actor, from, to }: AuditLogInput): Prisma.AuditLogWhereInput {
  const insensitive = "insensitive" as const;
  return {
    ...(action ? { action: { startsWith: action } } : {}),
    ...(organization
      ? { OR: [{ organizationId: organization }, { organization: { name: { contains: organization, mode: insensitive } } }, { organization: { slug: { contains: organization, mode: insensitive } } }] }
      : {}),
    ...(actor ? { AND: [{ OR: [{ actorId: actor }, { actor: { email: { contains: actor, mode: insensitive } } }] }] } : {}),
    ...(from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
  };
}

/** Audit entries, newest first, filtered by action prefix, organization, actor and time ([from, to)). */
export async function listAuditLog(db: Db, input: AuditLogInput) {
  const where = auditWhere(input);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(input),
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        metadata: true,
        ip: true,
        createdAt: true,
        organization: { select: { id: true, name: true } },
        actor: { select: { id: true, email: true } },
      },
    }),
  ]);
  return { total, page: input.page, pageSize: input.pageSize, rows };
}

/** The distinct actions recorded so far, for the filter's choices. */
export async function auditActions(db: Db): Promise<string[]> {
  const rows = await db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((row) => row.action);
}
