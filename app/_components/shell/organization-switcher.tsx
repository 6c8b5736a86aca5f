"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";

export interface OrganizationOption {
  id: string;
  name: string;
  role: string;
}

export function OrganizationSwitcher({ organizations, activeId }: { organizations: OrganizationOption[]; activeId: string | null }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const switchOrg = useMutation(
    trpc.organizations.switch.mutationOptions({
      // Cached queries belong to the previous organization.
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        router.refresh();
      },
    }),
  );
  if (organizations.length === 0) return <p className="px-3 text-sm text-slate-500">{t("app.noOrganization")}</p>;
  return (
    <label className="block px-1">
      <span className="sr-only">{t("nav.switchOrganization")}</span>
      <select
        data-testid="org-switcher"
        value={activeId ?? ""}
        disabled={switchOrg.isPending}
        onChange={(event) => switchOrg.mutate({ organizationId: event.target.value })}
        className="block w-full rounded-md border-0 py-2 pr-8 pl-3 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
      >
        {organizations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name}
          </option>
        ))}
      </select>
    </label>
  );
}
