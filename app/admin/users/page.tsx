import { formatDate } from "@/app/_components/charts";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { DataTable } from "../_components/data-table";
import { Pagination } from "../_components/pagination";
import { SearchForm } from "../_components/search-form";
import { pageParam, param, type SearchParams } from "../_components/search-params";
import { SuspendedBadge } from "../_components/status-badge";
import { SuspendButton } from "../_components/suspend-button";

export const metadata = { title: "Admin · Users" };

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = param(params, "q");
  const t = await getT();
  const { api, ctx } = await serverApi();
  const users = await api.admin.users({ search: q, page: pageParam(params), pageSize: 20 });
  return (
    <Card>
      <SearchForm value={q} />
      <DataTable
        testId="admin-users"
        empty={t("admin.noUsers")}
        headers={[t("admin.email"), t("admin.name"), t("admin.memberships"), t("admin.status"), t("admin.created"), ""]}
        rows={users.rows.map((user) => ({
          key: user.id,
          testId: `admin-user-${user.email}`,
          cells: [
            <span key="email">
              {user.email} {user.isPlatformAdmin && <Badge>{t("admin.staff")}</Badge>}
            </span>,
            user.name,
            user._count.memberships,
            <SuspendedBadge key="status" suspendedAt={user.suspendedAt} />,
            formatDate(t.locale, user.createdAt),
            user.id === ctx.user?.id ? null : <SuspendButton key="action" kind="user" id={user.id} name={user.email} suspended={user.suspendedAt !== null} />,
          ],
        }))}
      />
      <Pagination basePath="/admin/users" query={{ q }} page={users.page} pageSize={users.pageSize} total={users.total} />
    </Card>
  );
}
