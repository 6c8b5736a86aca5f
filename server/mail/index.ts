import type { DbClient } from "@/server/db";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends an email. No mail provider is wired yet, so every message is stored (the dev mailbox page lists them)
 * and printed to the server log; a real transport plugs in here.
 */
export async function sendEmail(db: DbClient, email: OutgoingEmail): Promise<void> {
  await db.emailMessage.create({ data: email });
  console.info(`[mail] to=${email.to} subject=${JSON.stringify(email.subject)}\n${email.text}`);
}

export function isDevMailboxEnabled(): boolean {
  return process.env.DEV_MAILBOX === "true" || process.env.NODE_ENV === "development";
}

export async function listMailbox(db: DbClient, { take = 50 }: { take?: number } = {}) {
  return db.emailMessage.findMany({ orderBy: { createdAt: "desc" }, take });
}
