import { formatDate } from "@/app/_components/charts";
import { Card } from "@/app/_components/ui/card";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { DataTable } from "../_components/data-table";
import { Pagination } from "../_components/pagination";
import { SearchForm } from "../_components/search-form";
import { pageParam, param, type SearchParams } from "../_components/search-params";
import { SuspendedBadge } from "../_components/status-badge";
import { SuspendButton } from "../_components/suspend-button";

export const metadata = { title: "Admin · Organizations" };

export default async function AdminOrganizationsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = param(params, "q");
  const t = await getT();
  const { api } = await serverApi();
  const result = await api.admin.organizations({ search: q, page: pageParam(params), pageSize: 20 });
  return (
    <Card>
      <SearchForm value={q} />
      <DataTable
        testId="admin-organizations"
        empty={t("adminConsole.organizations.empty")}
        headers={[t("admin.name"), t("adminConsole.organizations.plan"), t("adminConsole.organizations.members"), t("adminConsole.organizations.keys"), t("admin.status"), t("admin.created"), ""]}
        rows={result.rows.map((org) => ({
          key: org.id,
          testId: `admin-org-${org.slug}`,
          cells: [
            <div key="name">
              <div className="font-medium text-slate-900">{org.name}</div>
              <code className="text-xs text-slate-500">{org.slug}</code>
            </div>,
            org.subscription ? `${org.subscription.planId} (${org.subscription.status.toLowerCase()})` : "free",
            org._count.memberships,
            org._count.apiKeys,
            <SuspendedBadge key="status" suspendedAt={org.suspendedAt} />,
            formatDate(t.locale, org.createdAt),
            <SuspendButton key="action" kind="organization" id={org.id} name={org.name} suspended={org.suspendedAt !== null} />,
          ],
        }))}
      />
      <Pagination basePath="/admin/organizations" query={{ q }} page={result.page} pageSize={result.pageSize} total={result.total} />
    </Card>
  );
}
