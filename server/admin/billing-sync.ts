import type { Db, OutboxStatus } from "@/server/db";

const RECENT_FAILURES = 20;

/** How far the usage reporter and the Stripe webhooks are behind: outbox backlog, last report, last webhook, failures. */
export async function billingSyncStatus(db: Db) {
  const [byStatus, oldestPending, lastReport, lastWebhook, recentFailures] = await Promise.all([
    db.usageOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
    db.usageOutbox.findFirst({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, select: { createdAt: true, attempts: true, lastError: true } }),
    db.usageOutbox.aggregate({ where: { status: "SENT" }, _max: { sentAt: true } }),
    db.stripeEvent.findFirst({ orderBy: { processedAt: "desc" }, select: { id: true, type: true, processedAt: true } }),
    db.usageOutbox.findMany({
      where: { OR: [{ status: "FAILED" }, { status: "PENDING", lastError: { not: null } }] },
      orderBy: { createdAt: "desc" },
      take: RECENT_FAILURES,
      select: { id: true, organizationId: true, meterIdentifier: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, createdAt: true },
    }),
  ]);
  const backlog: Record<OutboxStatus, number> = { PENDING: 0, SENT: 0, FAILED: 0, NOT_BILLABLE: 0 };
  for (const row of byStatus) backlog[row.status] = row._count._all;
  return { backlog, oldestPending, lastReportAt: lastReport._max.sentAt, lastWebhook, recentFailures };
}
