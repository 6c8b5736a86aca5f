"use client";

import type { ActiveOrganization } from "@/server/trpc";
import { CreateOrganizationCard } from "./create-organization-card";
import { InvitationsCard } from "./invitations-card";
import { MembersCard } from "./members-card";
import { RenameOrganizationCard } from "./rename-organization-card";

export function OrganizationSettings({ organization, currentUserId }: { organization: ActiveOrganization | null; currentUserId: string }) {
  const canManage = organization !== null && organization.role !== "MEMBER";
  return (
    <div key={organization?.id ?? "none"} className="space-y-6">
      {organization && <RenameOrganizationCard organization={organization} canManage={canManage} />}
      {organization && <MembersCard organization={organization} currentUserId={currentUserId} canManage={canManage} />}
      {organization && canManage && <InvitationsCard />}
      <CreateOrganizationCard />
    </div>
  );
}
