import Link from "next/link";
import { Badge } from "@/app/_components/ui/badge";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";

export const metadata = { title: "Admin" };

export default async function AdminPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const { q, page: pageParam } = await searchParams;
  const t = await getT();
  const { api } = await serverApi();
  const page = Math.max(1, Number.parseInt(pageParam ?? "1", 10) || 1);
  const [overview, users] = await Promise.all([api.admin.overview(), api.admin.users({ search: q?.slice(0, 200) || undefined, page, pageSize: 20 })]);
  const pages = Math.max(1, Math.ceil(users.total / users.pageSize));
  const date = new Intl.DateTimeFormat(t.locale === "zh" ? "zh-CN" : "en-US", { dateStyle: "medium" });
  const pageHref = (p: number) => `/admin?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
      <dl className="grid gap-4 sm:grid-cols-3">
        {(["users", "organizations", "platformAdmins"] as const).map((key) => (
          <Card key={key}>
            <dt className="text-sm text-slate-500">{t(`admin.${key}`)}</dt>
            <dd className="mt-1 text-3xl font-semibold" data-testid={`admin-count-${key}`}>
              {overview[key]}
            </dd>
          </Card>
        ))}
      </dl>
      <Card>
        <form className="mb-4 flex gap-2" role="search">
          <input name="q" defaultValue={q} maxLength={200} placeholder={t("common.search")} aria-label={t("common.search")} className="flex-1 rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300 ring-inset" />
        </form>
        {users.rows.length === 0 ? (
          <EmptyState title={t("admin.noUsers")} />
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-2 pr-4 font-medium">{t("admin.email")}</th>
                  <th className="py-2 pr-4 font-medium">{t("admin.name")}</th>
                  <th className="py-2 pr-4 font-medium">{t("admin.memberships")}</th>
                  <th className="py-2 pr-4 font-medium">{t("admin.status")}</th>
                  <th className="py-2 font-medium">{t("admin.created")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {users.rows.map((user) => (
                  <tr key={user.id}>
                    <td className="py-2 pr-4">
                      {user.email} {user.isPlatformAdmin && <Badge>{t("admin.staff")}</Badge>}
                    </td>
                    <td className="py-2 pr-4">{user.name}</td>
                    <td className="py-2 pr-4">{user._count.memberships}</td>
                    <td className="py-2 pr-4">{user.suspendedAt ? t("admin.suspended") : t("admin.active")}</td>
                    <td className="py-2">{date.format(user.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav className="mt-4 flex items-center justify-between text-sm" aria-label="Pagination">
          {page > 1 ? <Link href={pageHref(page - 1)}>{t("common.previous")}</Link> : <span />}
          <span className="text-slate-500">{t("common.pageOf", { page, pages })}</span>
          {page < pages ? <Link href={pageHref(page + 1)}>{t("common.next")}</Link> : <span />}
        </nav>
      </Card>
    </div>
  );
}
