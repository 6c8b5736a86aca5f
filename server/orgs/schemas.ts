import { z } from "zod";
import { emailSchema } from "@/server/auth/schemas";

export const organizationNameSchema = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(80, "Use at most 80 characters.");

export const roleSchema = z.enum(["OWNER", "ADMIN", "MEMBER"]);
export const idSchema = z.string().min(1).max(64);

export const createOrganizationInput = z.object({ name: organizationNameSchema });
export const inviteMemberInput = z.object({ email: emailSchema, role: roleSchema.default("MEMBER") });
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid.");
export const changeRoleInput = z.object({ membershipId: idSchema, role: roleSchema });
