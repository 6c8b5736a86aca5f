import type { Db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { verifyPassword } from "./password";
import { signInInput } from "./schemas";
import { isSignInThrottled, recordSignInAttempt } from "./throttle";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string | null;
  isPlatformAdmin: boolean;
}

/** Checks email + password with throttling. Returns the user, or throws a DomainError saying why not. */
export async function authenticateWithPassword(db: Db, raw: unknown, ip: string): Promise<AuthenticatedUser> {
  const parsed = signInInput.safeParse(raw);
  if (!parsed.success) throw new DomainError("BAD_REQUEST", "Enter your email and password.", "auth.invalidInput");
  const { email, password } = parsed.data;

  if (await isSignInThrottled(db, email, ip)) {
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "Too many failed sign-in attempts. Wait 15 minutes and try again.",
      "auth.throttled",
    );
  }
  const user = await db.user.findUnique({ where: { email } });
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
  await recordSignInAttempt(db, email, ip, ok);
  if (!user || !ok) {
    throw new DomainError("UNAUTHORIZED", "Wrong email or password.", "auth.wrongCredentials");
  }
  if (user.suspendedAt) {
    throw new DomainError("FORBIDDEN", "This account is suspended. Contact support.", "auth.suspended");
  }
  return { id: user.id, email: user.email, name: user.name, isPlatformAdmin: user.isPlatformAdmin };
}
