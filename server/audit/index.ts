import type { DbClient, Prisma } from "@/server/db";

export interface AuditEntry {
  organizationId?: string | null;
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  metadata?: Prisma.InputJsonValue;
  ip?: string | null;
}

/** Appends one audit-log row. Pass the transaction client when the audited change is transactional. */
export async function recordAudit(db: DbClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: entry });
}
