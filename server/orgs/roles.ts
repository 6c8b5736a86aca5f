import type { Role } from "@/server/db";

const RANK: Record<Role, number> = { MEMBER: 1, ADMIN: 2, OWNER: 3 };

export const ROLES = ["OWNER", "ADMIN", "MEMBER"] as const satisfies readonly Role[];

export function hasRole(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}
