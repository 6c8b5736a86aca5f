import { formatDate } from "@/app/_components/charts";
import { Card } from "@/app/_components/ui/card";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { DataTable } from "../_components/data-table";
import { Pagination } from "../_components/pagination";
import { pageParam, param, type SearchParams } from "../_components/search-params";

export const metadata = { title: "Admin · Audit log" };

const dayStart = (day: string | undefined) => (day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : undefined);
const dayAfter = (day: string | undefined) => {
  const start = dayStart(day);
  return start && new Date(start.getTime() + 86_400_000);
};

export default async function AdminAuditPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filters = { action: param(params, "action"), organization: param(params, "organization"), actor: param(params, "actor"), from: param(params, "from"), to: param(params, "to") };
  const t = await getT();
  const { api } = await serverApi();
  const [log, actions] = await Promise.all([
    api.admin.auditLog({
      action: filters.action,
      organization: filters.organization,
      actor: filters.actor,
      from: dayStart(filters.from),
      to: dayAfter(filters.to),
      page: pageParam(params),
      pageSize: 50,
    }),
    api.admin.auditActions(),
  ]);
  const input = "w-full rounded-md px-3 py-2 ring-1 ring-slate-300";
  return (
    <Card>
      <form className="mb-4 grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-6" aria-label={t("adminConsole.audit.filters")}>
        <label className="space-y-1">
          <span className="block font-medium">{t("adminConsole.audit.action")}</span>
          <select name="action" defaultValue={filters.action ?? ""} className={input}>
            <option value="">{t("adminConsole.audit.any")}</option>
            {actions.map((action) => (
              <option key={action}>{action}</option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("adminConsole.audit.organization")}</span>
          <input name="organization" defaultValue={filters.organization} className={input} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("adminConsole.audit.actor")}</span>
          <input name="actor" defaultValue={filters.actor} className={input} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("usage.range.from")}</span>
          <input type="date" name="from" defaultValue={filters.from} className={input} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("usage.range.to")}</span>
          <input type="date" name="to" defaultValue={filters.to} className={input} />
        </label>
        <div className="flex items-end">
          <button type="submit" className="w-full rounded-md bg-white px-3 py-2 font-semibold ring-1 ring-slate-300">
            {t("adminConsole.apply")}
          </button>
        </div>
      </form>
      <DataTable
        testId="admin-audit"
        empty={t("adminConsole.audit.empty")}
        headers={[t("adminConsole.audit.when"), t("adminConsole.audit.action"), t("adminConsole.audit.actor"), t("adminConsole.audit.organization"), t("adminConsole.audit.target")]}
        rows={log.rows.map((row) => ({
          key: row.id,
          cells: [
            <span key="when" className="whitespace-nowrap">
              {formatDate(t.locale, row.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
            </span>,
            <code key="action" className="text-xs">
              {row.action}
            </code>,
            row.actor?.email ?? "—",
            row.organization?.name ?? "—",
            row.targetType ? `${row.targetType} ${row.targetId ?? ""}` : "—",
          ],
        }))}
      />
      <Pagination basePath="/admin/audit" query={filters} page={log.page} pageSize={log.pageSize} total={log.total} />
    </Card>
  );
}
