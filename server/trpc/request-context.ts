import { getDb } from "@/server/db";
import { auth } from "@/server/auth/next-auth";
import { ORG_COOKIE, readCookie } from "@/server/http/cookies";
import { buildContext } from "./context";

/**
 * Context for a request inside Next (route handler or Server Component).
 * An explicit `x-org-id` header is verified strictly (FORBIDDEN when not a member);
 * the org cookie is only a preference, so a stale one falls back to the user's first organization.
 */
export async function createRequestContext(headers: Headers, resHeaders?: Headers) {
  const session = await auth();
  const db = getDb();
  const userId = session?.user?.id ?? null;
  const explicit = headers.get("x-org-id");
  const preferred = readCookie(headers, ORG_COOKIE);
  const ctx = await buildContext({ db, userId, requestedOrganizationId: explicit ?? preferred, headers, resHeaders });
  if (!explicit && ctx.organizationDenied) {
    return buildContext({ db, userId, requestedOrganizationId: null, headers, resHeaders });
  }
  return ctx;
}
