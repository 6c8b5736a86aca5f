import type { Db } from "@/server/db";

// Failed sign-ins allowed per window, per email and per IP, before further attempts are refused.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export async function isSignInThrottled(db: Db, email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordSignInAttempt(db: Db, email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.signInAttempt.create({ data: { email, ip, succeeded } });
}
