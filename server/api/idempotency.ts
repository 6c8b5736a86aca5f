import { createHash } from "node:crypto";
import { Prisma, type Db, type DbClient } from "@/server/db";
import { ApiError, badRequest } from "./errors";

const RECORD_TTL_MS = 24 * 60 * 60 * 1000;
/** An unfinished record older than this belongs to a request whose server died; a retry may take it over. */
const ABANDONED_AFTER_MS = 5 * 60 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export type IdempotencyClaim =
  | { kind: "replay"; status: number; body: string }
  /** `complete` takes the transaction that also records the usage: a stored response is always a billed one. */
  | {
      kind: "claimed";
      /**
       * The key the usage ledger de-duplicates on: the client's key plus this claim's record, so reusing a key
       * after its record expired (a new request, new work) is billed again instead of matching the old event.
       */
      ledgerKey: string;
      complete(tx: DbClient, status: number, body: string): Promise<void>;
      release(): Promise<void>;
    };

export function requestHash(method: string, url: string, body: Uint8Array): string {
  return createHash("sha256").update(`${method} ${new URL(url).pathname}\n`).update(body).digest("hex");
}

export function parseIdempotencyKey(header: string | null): string | null {
  if (header === null) return null;
  if (!KEY_PATTERN.test(header)) throw badRequest("Idempotency-Key must be 1–255 visible ASCII characters.", "Idempotency-Key", "invalid_idempotency_key");
  return header;
}

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Claims `key` for this request, or answers from an earlier one: the stored response when the body matches,
 * 422 when it differs, 409 while the first is still running.
 */
export async function claimIdempotencyKey(db: Db, organizationId: string, key: string, hash: string, now = new Date()): Promise<IdempotencyClaim> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const record = await db.idempotencyRecord.create({
        data: { organizationId, key, requestHash: hash, expiresAt: new Date(now.getTime() + RECORD_TTL_MS) },
      });
      return {
        kind: "claimed",
        ledgerKey: `${key}@${record.id}`,
        complete: async (tx, status, body) => {
          await tx.idempotencyRecord.update({ where: { id: record.id }, data: { completed: true, responseStatus: status, responseBody: body } });
        },
        release: async () => {
          await db.idempotencyRecord.deleteMany({ where: { id: record.id, completed: false } });
        },
      };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await db.idempotencyRecord.findUnique({ where: { organizationId_key: { organizationId, key } } });
    if (!existing) continue;
    const stale = existing.expiresAt <= now || (!existing.completed && existing.createdAt.getTime() < now.getTime() - ABANDONED_AFTER_MS);
    if (stale) {
      await db.idempotencyRecord.deleteMany({ where: { id: existing.id, createdAt: existing.createdAt } });
      continue;
    }
    if (existing.requestHash !== hash) {
      throw new ApiError(422, "invalid_request_error", "idempotency_key_reused", "This Idempotency-Key was already used with a different request body.", { param: "Idempotency-Key" });
    }
    if (!existing.completed || existing.responseStatus === null || existing.responseBody === null) {
      throw new ApiError(409, "invalid_request_error", "idempotency_key_in_use", "A request with this Idempotency-Key is still being processed. Retry when it has finished.", { param: "Idempotency-Key" });
    }
    return { kind: "replay", status: existing.responseStatus, body: existing.responseBody };
  }
  throw new ApiError(409, "invalid_request_error", "idempotency_key_in_use", "This Idempotency-Key is contended. Retry shortly.", { param: "Idempotency-Key" });
}
