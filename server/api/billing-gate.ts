import { checkQuota, getOrganizationPlan, recordUsage } from "@/server/billing";
import type { Db, DbClient } from "@/server/db";
import { ApiError } from "./errors";
import type { Usage } from "./handler-types";

export async function planRateLimit(db: Db, organizationId: string): Promise<number> {
  const plan = await getOrganizationPlan(db, organizationId);
  return plan.rateLimitPerMinute;
}

/** Refuses a call once this month's quota is spent; the call that crosses the line still completes. */
export async function ensureQuotaLeft(db: Db, organizationId: string): Promise<void> {
  const quota = await checkQuota(db, organizationId, 1);
  if (!quota.ok) {
    throw new ApiError(
      429,
      "insufficient_quota",
      "quota_exceeded",
      `This organization has used its monthly quota (${quota.used} of ${quota.limit} units). Upgrade the plan or wait until ${quota.resetsAt.toISOString()}.`,
    );
  }
}

export interface UsageCapture {
  organizationId: string;
  apiKeyId: string;
  task: string;
  requestId: string;
  idempotencyKey: string | null;
}

export async function captureUsage(db: Db | DbClient, capture: UsageCapture, usage: Usage): Promise<void> {
  await recordUsage(db, { ...capture, ...usage });
}
