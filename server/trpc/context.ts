import type { Db, Role } from "@/server/db";
import { findMembership, listOrganizationsForUser } from "@/server/orgs";

export interface ContextUser {
  id: string;
  email: string;
  name: string | null;
  isPlatformAdmin: boolean;
  locale: string;
  suspended: boolean;
}

export interface ActiveOrganization {
  id: string;
  name: string;
  slug: string;
  role: Role;
}

export interface Context {
  db: Db;
  user: ContextUser | null;
  /** The organization the request acts on; null when signed out or when access to the requested one was refused. */
  organization: ActiveOrganization | null;
  /** Set when the request named an organization the user does not belong to. */
  organizationDenied: boolean;
  headers: Headers;
  resHeaders: Headers;
  appUrl: string;
}

interface ContextInput {
  db: Db;
  userId: string | null;
  /** From the `x-org-id` header (or the org cookie): a preference the server verifies, never trusts. */
  requestedOrganizationId?: string | null;
  headers?: Headers;
  resHeaders?: Headers;
}

export async function buildContext(input: ContextInput): Promise<Context> {
  const base = {
    db: input.db,
    headers: input.headers ?? new Headers(),
    resHeaders: input.resHeaders ?? new Headers(),
    appUrl: appUrl(input.headers),
  };
  const user = input.userId ? await loadUser(input.db, input.userId) : null;
  if (!user || user.suspended) return { ...base, user, organization: null, organizationDenied: false };

  const { organization, denied } = await resolveOrganization(input.db, user.id, input.requestedOrganizationId ?? null);
  return { ...base, user, organization, organizationDenied: denied };
}

async function loadUser(db: Db, userId: string): Promise<ContextUser | null> {
  const row = await db.user.findUnique({ where: { id: userId } });
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    isPlatformAdmin: row.isPlatformAdmin,
    locale: row.locale,
    suspended: row.suspendedAt !== null,
  };
}

async function resolveOrganization(db: Db, userId: string, requestedId: string | null) {
  if (requestedId) {
    const membership = await findMembership(db, userId, requestedId);
    if (!membership) return { organization: null, denied: true };
    const { id, name, slug } = membership.organization;
    return { organization: { id, name, slug, role: membership.role }, denied: false };
  }
  const [first] = await listOrganizationsForUser(db, userId);
  return { organization: first ? { id: first.id, name: first.name, slug: first.slug, role: first.role } : null, denied: false };
}

function appUrl(headers?: Headers): string {
  if (process.env.APP_URL) return process.env.APP_URL;
  const host = headers?.get("x-forwarded-host") ?? headers?.get("host");
  const proto = headers?.get("x-forwarded-proto") ?? "http";
  return host ? `${proto}://${host}` : "http://localhost:3000";
}
