import type { Db, DbClient, Role } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { DomainError } from "@/server/errors";
import { uniqueSlug } from "./slug";

export interface OrganizationSummary {
  id: string;
  name: string;
  slug: string;
  personal: boolean;
  role: Role;
}

interface NewOrganization {
  name: string;
  personal?: boolean;
}

export function createOrganization(db: Db, userId: string, input: NewOrganization): Promise<OrganizationSummary> {
  return db.$transaction((tx) => createOrganizationIn(tx, userId, input));
}

/** Creates an organization owned by `userId` inside the caller's transaction. */
export async function createOrganizationIn(tx: DbClient, userId: string, input: NewOrganization): Promise<OrganizationSummary> {
  const slug = await uniqueSlug(tx, input.name);
  const org = await tx.organization.create({
    data: {
      name: input.name,
      slug,
      personal: input.personal ?? false,
      memberships: { create: { userId, role: "OWNER" } },
    },
  });
  await recordAudit(tx, { organizationId: org.id, actorId: userId, action: "organization.created", targetType: "organization", targetId: org.id });
  return { id: org.id, name: org.name, slug: org.slug, personal: org.personal, role: "OWNER" };
}

export async function listOrganizationsForUser(db: Db, userId: string): Promise<OrganizationSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId, organization: { suspendedAt: null } },
    include: { organization: true },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({
    id: m.organization.id,
    name: m.organization.name,
    slug: m.organization.slug,
    personal: m.organization.personal,
    role: m.role,
  }));
}

/** The caller's membership in an organization, or null. Suspended organizations count as no membership. */
export async function findMembership(db: Db, userId: string, organizationId: string) {
  const membership = await db.membership.findUnique({
    where: { userId_organizationId: { userId, organizationId } },
    include: { organization: { select: { id: true, name: true, slug: true, suspendedAt: true } } },
  });
  if (!membership || membership.organization.suspendedAt) return null;
  return membership;
}

export async function renameOrganization(db: Db, organizationId: string, actorId: string, name: string) {
  const org = await db.organization.update({ where: { id: organizationId }, data: { name } });
  await recordAudit(db, { organizationId, actorId, action: "organization.renamed", targetType: "organization", targetId: organizationId, metadata: { name } });
  return { id: org.id, name: org.name, slug: org.slug };
}

export function assertNotLastOwner(owners: number, message: string): void {
  if (owners <= 1) throw new DomainError("PRECONDITION_FAILED", message, "orgs.lastOwner");
}
