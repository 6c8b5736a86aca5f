import type { Db } from "@/server/db";
import { recordAudit } from "@/server/audit";
import { DomainError } from "@/server/errors";
import { createOrganizationIn } from "@/server/orgs";
import { hashPassword } from "./password";
import { signUpInput, type SignUpInput } from "./schemas";

const emailTaken = () =>
  new DomainError("CONFLICT", "An account with this email already exists. Sign in instead.", "auth.emailTaken");

/**
 * Creates the user and their personal organization in one transaction.
 * Input is re-validated here because callers may be untrusted.
 */
export async function signUp(db: Db, raw: SignUpInput) {
  const input = signUpInput.parse(raw);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name: input.name, email: input.email, passwordHash } });
      const organization = await createOrganizationIn(tx, user.id, { name: personalOrganizationName(input.name), personal: true });
      await recordAudit(tx, { organizationId: organization.id, actorId: user.id, action: "user.signed_up", targetType: "user", targetId: user.id });
      return { user: { id: user.id, email: user.email, name: user.name }, organization };
    });
  } catch (error) {
    // Two concurrent sign-ups for one email: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw emailTaken();
    throw error;
  }
}

export function personalOrganizationName(name: string | null | undefined): string {
  return name ? `${name}'s workspace` : "Personal workspace";
}
