import type { Db, EscalationPolicy } from "@/server/db";

export type EscalationReason = "customer_request" | "negative_sentiment" | "unanswered";
export type PolicySettings = Pick<EscalationPolicy, "negativeMessages" | "negativeThreshold" | "unansweredLimit" | "handoffOnRequest">;

export const DEFAULT_POLICY: PolicySettings = { negativeMessages: 3, negativeThreshold: 0.7, unansweredLimit: 2, handoffOnRequest: true };

export async function escalationPolicy(db: Db, organizationId: string): Promise<PolicySettings> {
  const row = await db.escalationPolicy.findUnique({ where: { organizationId } });
  if (!row) return DEFAULT_POLICY;
  const { negativeMessages, negativeThreshold, unansweredLimit, handoffOnRequest } = row;
  return { negativeMessages, negativeThreshold, unansweredLimit, handoffOnRequest };
}

export async function updateEscalationPolicy(db: Db, organizationId: string, settings: PolicySettings): Promise<PolicySettings> {
  await db.escalationPolicy.upsert({ where: { organizationId }, create: { organizationId, ...settings }, update: settings });
  return escalationPolicy(db, organizationId);
}

const HANDOFF_PATTERNS = [
  /\b(talk|speak|chat)\s+(to|with)\s+(a\s+|an\s+|some\s*one|somebody|someone)?\s*(real\s+|live\s+)?(human|person|agent|people|someone|somebody)\b/i,
  /\b(human|live|real)\s+(agent|person|support|being)\b/i,
  /\bcustomer\s+service\s+(rep|representative|agent)\b/i,
  /转人工|人工客服|人工服务|真人客服|找人工|转接人工/,
];

export const asksForHuman = (text: string) => HANDOFF_PATTERNS.some((pattern) => pattern.test(text));

export const isStrongNegative = (policy: PolicySettings, sentiment: { label: string; score: number }) =>
  sentiment.label === "NEGATIVE" && sentiment.score >= policy.negativeThreshold;

/** The hand-off rule that fires before the bot tries to answer, if any. */
export function escalationBeforeAnswer(
  policy: PolicySettings,
  state: { text: string; negativeStreak: number },
): EscalationReason | null {
  if (policy.handoffOnRequest && asksForHuman(state.text)) return "customer_request";
  if (state.negativeStreak >= policy.negativeMessages) return "negative_sentiment";
  return null;
}
