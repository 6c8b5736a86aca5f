export { hasRole, ROLES } from "./roles";
export {
  createOrganization,
  createOrganizationIn,
  listOrganizationsForUser,
  findMembership,
  renameOrganization,
  type OrganizationSummary,
} from "./organizations";
export { inviteMember, listInvitations, revokeInvitation, describeInvitation, acceptInvitation, INVITATION_TTL_MS } from "./invitations";
export { listMembers, changeMemberRole, removeMember } from "./members";
export * from "./schemas";
