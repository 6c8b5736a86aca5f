import type { Db } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { notFound } from "@/server/errors";

export { pageInput, type PageInput } from "./pagination";
export { listUsers, setUserSuspended } from "./users";
export { listOrganizations, setOrganizationSuspended } from "./organizations";
export { billingSyncStatus } from "./billing-sync";
export { auditActions, auditLogInput, listAuditLog, type AuditLogInput } from "./audit-log";
export { inferenceWorkers } from "./workers";
export { platformUsageAndRevenue } from "./usage-revenue";

export async function platformOverview(db: Db) {
  const [users, organizations, platformAdmins, suspendedUsers, suspendedOrganizations] = await Promise.all([
    db.user.count(),
    db.organization.count(),
    db.user.count({ where: { isPlatformAdmin: true } }),
    db.user.count({ where: { suspendedAt: { not: null } } }),
    db.organization.count({ where: { suspendedAt: { not: null } } }),
  ]);
  return { users, organizations, platformAdmins, suspendedUsers, suspendedOrganizations };
}

/** Grants or removes the platform-admin flag (used by the seed and `npm run admin -- grant <email>`). */
export async function setPlatformAdmin(db: Db, email: string, isPlatformAdmin: boolean, actorId: string | null = null) {
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user) throw notFound(`User ${email}`);
  await db.user.update({ where: { id: user.id }, data: { isPlatformAdmin } });
  await recordAudit(db, { actorId, action: isPlatformAdmin ? "platform_admin.granted" : "platform_admin.revoked", targetType: "user", targetId: user.id });
  return { id: user.id, email: user.email, isPlatformAdmin };
}
