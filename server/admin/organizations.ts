import type { Db } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { notFound } from "@/server/errors";
import { pageWindow, type PageInput } from "./pagination";

export async function listOrganizations(db: Db, { search, page, pageSize }: PageInput) {
  const where = search
    ? { OR: [{ name: { contains: search, mode: "insensitive" as const } }, { slug: { contains: search, mode: "insensitive" as const } }, { id: search }] }
    : {};
  const [total, rows] = await Promise.all([
    db.organization.count({ where }),
    db.organization.findMany({
      where,
      orderBy: { createdAt: "desc" },
      ...pageWindow({ page, pageSize }),
      select: {
        id: true,
        name: true,
        slug: true,
        personal: true,
        suspendedAt: true,
        createdAt: true,
        subscription: { select: { planId: true, status: true } },
        _count: { select: { memberships: true, apiKeys: true } },
      },
    }),
  ]);
  return { total, page, pageSize, rows };
}

/**
 * Suspends or restores an organization (audited). While suspended its API keys answer 403 (server/api) and its
 * members lose access: server/orgs treats a suspended organization's memberships as absent.
 */
export async function setOrganizationSuspended(db: Db, organizationId: string, suspended: boolean, actorId: string) {
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true, suspendedAt: true } });
    if (!organization) throw notFound("Organization");
    if ((organization.suspendedAt !== null) === suspended) return organization;
    const updated = await tx.organization.update({
      where: { id: organizationId },
      data: { suspendedAt: suspended ? new Date() : null },
      select: { id: true, suspendedAt: true },
    });
    await recordAudit(tx, {
      organizationId,
      actorId,
      action: suspended ? "organization.suspended" : "organization.restored",
      targetType: "organization",
      targetId: organizationId,
    });
    return updated;
  });
}
