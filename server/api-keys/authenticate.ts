import type { Db } from "@/server/db";
import { apiKeyStatus, storedScopes } from "./keys";
import type { ApiScope } from "./scopes";
import { hashMatches, keyPrefixOf } from "./secret";

export interface AuthenticatedKey {
  id: string;
  organizationId: string;
  scopes: ApiScope[];
  organizationSuspended: boolean;
}

export type KeyAuthentication =
  | { ok: true; key: AuthenticatedKey }
  | { ok: false; reason: "invalid" | "revoked" | "expired" };

/** Finds the key by its public prefix, then compares the hash in constant time. */
export async function authenticateApiKey(db: Db, secret: string, now = new Date()): Promise<KeyAuthentication> {
  const prefix = keyPrefixOf(secret);
  if (!prefix) return { ok: false, reason: "invalid" };
  const row = await db.apiKey.findUnique({ where: { prefix }, include: { organization: { select: { suspendedAt: true } } } });
  if (!row || !hashMatches(secret, row.hashedKey)) return { ok: false, reason: "invalid" };
  const status = apiKeyStatus(row, now);
  if (status !== "active") return { ok: false, reason: status };
  return {
    ok: true,
    key: { id: row.id, organizationId: row.organizationId, scopes: storedScopes(row.scopes), organizationSuspended: row.organization.suspendedAt !== null },
  };
}

const TOUCH_INTERVAL_MS = 60_000;
const lastTouched = new Map<string, number>();

/**
 * Records that a key was used, at most once a minute per key: a process-local guard skips the query,
 * and the conditional update keeps several app servers from writing more often either.
 */
export async function touchApiKey(db: Db, apiKeyId: string, now = new Date()): Promise<void> {
  const previous = lastTouched.get(apiKeyId);
  if (previous !== undefined && now.getTime() - previous < TOUCH_INTERVAL_MS) return;
  lastTouched.set(apiKeyId, now.getTime());
  await db.apiKey.updateMany({
    where: { id: apiKeyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - TOUCH_INTERVAL_MS) } }] },
    data: { lastUsedAt: now },
  });
}
