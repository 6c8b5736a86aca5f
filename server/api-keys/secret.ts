import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const KEY_PREFIX = "sk_live_";
const PUBLIC_ID_LENGTH = 12;
const PUBLIC_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
// sk_live_<12 lowercase alphanumerics>_<43 base64url characters = 256 random bits>
const KEY_PATTERN = /^(sk_live_[a-z0-9]{12})_[A-Za-z0-9_-]{43}$/;

export interface GeneratedKey {
  /** The whole key: shown to its creator once, never stored. */
  secret: string;
  /** `sk_live_<public id>`: stored, shown in lists, used to find the row. */
  prefix: string;
  hashedKey: string;
}

function publicId(): string {
  // 36 does not divide 256 evenly; dropping bytes ≥ 252 keeps every character equally likely.
  let id = "";
  while (id.length < PUBLIC_ID_LENGTH) {
    for (const byte of randomBytes(PUBLIC_ID_LENGTH * 2)) {
      if (byte < 252 && id.length < PUBLIC_ID_LENGTH) id += PUBLIC_ID_ALPHABET[byte % 36];
    }
  }
  return id;
}

/** SHA-256 is enough for 256-bit random secrets (no dictionary to guess from); see docs/api.md. */
export function hashApiKey(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function generateApiKey(): GeneratedKey {
  const prefix = `${KEY_PREFIX}${publicId()}`;
  const secret = `${prefix}_${randomBytes(32).toString("base64url")}`;
  return { secret, prefix, hashedKey: hashApiKey(secret) };
}

/** The stored prefix of a well-formed key, or null. */
export function keyPrefixOf(secret: string): string | null {
  return KEY_PATTERN.exec(secret)?.[1] ?? null;
}

export function hashMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiKey(secret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
