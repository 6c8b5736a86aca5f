import { recordAudit } from "@/server/audit";
import type { Db } from "@/server/db";
import { DomainError, notFound } from "@/server/errors";
import { createApiKeyInput, type CreateApiKeyInput } from "./schemas";
import { API_SCOPES, type ApiScope } from "./scopes";
import { generateApiKey } from "./secret";

const MAX_LIFETIME_MS = 3 * 366 * 24 * 60 * 60 * 1000;

export type ApiKeyStatus = "active" | "expired" | "revoked";

export function apiKeyStatus(key: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && key.expiresAt <= now) return "expired";
  return "active";
}

export const storedScopes = (scopes: string[]): ApiScope[] => scopes.filter((s): s is ApiScope => (API_SCOPES as readonly string[]).includes(s));

interface CreateArgs {
  organizationId: string;
  actorId: string;
  input: CreateApiKeyInput;
}

/** Creates a key; the returned `secret` exists only in this return value. */
export async function createApiKey(db: Db, { organizationId, actorId, input }: CreateArgs, now = new Date()) {
  const { name, scopes, expiresAt } = createApiKeyInput.parse(input);
  if (expiresAt && (expiresAt <= now || expiresAt.getTime() - now.getTime() > MAX_LIFETIME_MS)) {
    throw new DomainError("BAD_REQUEST", "Choose an expiry date in the future, at most three years ahead.", "apiKeys.badExpiry");
  }
  const { secret, prefix, hashedKey } = generateApiKey();
  const key = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: { organizationId, name, prefix, hashedKey, scopes, expiresAt, createdById: actorId },
    });
    await recordAudit(tx, {
      organizationId,
      actorId,
      action: "api_key.created",
      targetType: "api_key",
      targetId: created.id,
      metadata: { name, prefix, scopes, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return created;
  });
  return { id: key.id, name: key.name, prefix: key.prefix, scopes: storedScopes(key.scopes), expiresAt: key.expiresAt, createdAt: key.createdAt, secret };
}

export async function listApiKeys(db: Db, organizationId: string, now = new Date()) {
  const keys = await db.apiKey.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    include: { createdBy: { select: { name: true, email: true } } },
  });
  return keys.map((key) => ({
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: storedScopes(key.scopes),
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    expiresAt: key.expiresAt,
    revokedAt: key.revokedAt,
    status: apiKeyStatus(key, now),
    createdBy: key.createdBy ? (key.createdBy.name ?? key.createdBy.email) : null,
  }));
}

export async function revokeApiKey(db: Db, organizationId: string, apiKeyId: string, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const result = await tx.apiKey.updateMany({ where: { id: apiKeyId, organizationId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (result.count === 0) throw notFound("API key");
    await recordAudit(tx, { organizationId, actorId, action: "api_key.revoked", targetType: "api_key", targetId: apiKeyId });
  });
}
