import { BarChart, formatDay, formatMoney, StackedBarChart } from "@/app/_components/charts";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { isTimeZone } from "@/server/analytics";
import { DataTable } from "../_components/data-table";
import { param, type SearchParams } from "../_components/search-params";

export const metadata = { title: "Admin · Usage & revenue" };

const KINDS = ["last30", "period"] as const;

export default async function AdminUsagePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const kind = KINDS.find((k) => k === param(params, "range")) ?? "last30";
  const zone = param(params, "tz");
  const timeZone = zone && isTimeZone(zone) ? zone : "UTC";
  const t = await getT();
  const { api } = await serverApi();
  const data = await api.admin.usageAndRevenue({ range: { kind }, timeZone });
  const money = (cents: number, currency: string) => formatMoney(t.locale, cents, currency);

  return (
    <div className="space-y-6">
      <form className="flex flex-wrap items-end gap-3 text-sm">
        <label className="space-y-1">
          <span className="block font-medium">{t("usage.range.label")}</span>
          <select name="range" defaultValue={kind} className="rounded-md px-3 py-2 ring-1 ring-slate-300">
            <option value="last30">{t("usage.range.last30")}</option>
            <option value="period">{t("adminConsole.usage.calendarMonth")}</option>
          </select>
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("usage.range.timeZone")}</span>
          <input name="tz" defaultValue={timeZone} className="rounded-md px-3 py-2 ring-1 ring-slate-300" />
        </label>
        <button type="submit" className="rounded-md bg-white px-3 py-2 font-semibold ring-1 ring-slate-300">
          {t("adminConsole.apply")}
        </button>
      </form>
      <Card>
        {data.usage.total === 0 ? (
          <EmptyState title={t("usage.empty.title")} />
        ) : (
          <div className="space-y-8" data-testid="admin-usage-charts">
            <StackedBarChart
              title={t("adminConsole.usage.unitsPerDay")}
              description={t("usage.charts.byDayHint", { zone: timeZone })}
              testId="admin-usage-by-day"
              labelHeader={t("usage.columns.day")}
              series={data.usage.byTask.map((row) => ({ key: row.key, label: row.key }))}
              data={data.usage.byDay.map((day) => ({ label: formatDay(t.locale, day.date), values: day.byTask }))}
            />
            <div className="grid gap-8 md:grid-cols-2">
              <BarChart title={t("adminConsole.usage.volumeByTask")} testId="admin-usage-by-task" labelHeader={t("usage.columns.task")} valueHeader={t("usage.columns.units")} data={data.usage.byTask.map((row) => ({ label: row.key, value: row.units }))} />
              <BarChart title={t("usage.charts.byRanOn")} testId="admin-usage-by-ran-on" labelHeader={t("usage.columns.ranOn")} valueHeader={t("usage.columns.units")} data={data.usage.byRanOn.map((row) => ({ label: t(`usage.ranOn.${row.key}`), value: row.units }))} />
            </div>
          </div>
        )}
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title={t("adminConsole.revenue.mrr")} description={t("adminConsole.revenue.mrrHint")} />
          <DataTable
            testId="admin-mrr-by-plan"
            empty={t("adminConsole.revenue.noSubscriptions")}
            headers={[t("adminConsole.organizations.plan"), t("adminConsole.revenue.subscriptions"), t("adminConsole.revenue.mrr")]}
            rows={data.mrr.byPlan.map((plan) => ({ key: plan.planId, cells: [plan.name, plan.subscriptions, money(plan.mrrCents, plan.currency)] }))}
          />
          <p className="mt-3 font-semibold" data-testid="admin-mrr-total">
            {data.mrr.byCurrency.map((mrr) => money(mrr.cents, mrr.currency)).join(" + ") || money(0, "usd")}
          </p>
        </Card>
        <Card>
          <BarChart
            title={t("adminConsole.revenue.topByRevenue")}
            description={t("adminConsole.revenue.estimateHint")}
            testId="admin-top-revenue"
            labelHeader={t("admin.organizations")}
            valueHeader={t("adminConsole.revenue.estimatedCents")}
            data={data.topByRevenue.map((row) => ({ label: `${row.name} (${money(row.estimatedRevenueCents, row.currency)})`, value: row.estimatedRevenueCents }))}
          />
        </Card>
        <Card className="lg:col-span-2">
          <BarChart
            title={t("adminConsole.revenue.topByUnits")}
            testId="admin-top-units"
            labelHeader={t("admin.organizations")}
            valueHeader={t("usage.columns.units")}
            data={data.topByUnits.map((row) => ({ label: row.name, value: row.units }))}
          />
        </Card>
      </div>
    </div>
  );
}
