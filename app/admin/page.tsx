import Link from "next/link";
import { AreaChart, formatDay, formatMoney } from "@/app/_components/charts";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";

export const metadata = { title: "Admin" };

const COUNTS = ["users", "organizations", "platformAdmins", "suspendedUsers", "suspendedOrganizations"] as const;

export default async function AdminOverviewPage() {
  const t = await getT();
  const { api } = await serverApi();
  const [overview, platform, sync] = await Promise.all([
    api.admin.overview(),
    api.admin.usageAndRevenue({ range: { kind: "last30" }, timeZone: "UTC" }),
    api.admin.billingSync(),
  ]);
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        {COUNTS.map((key) => (
          <Card key={key} className="p-4">
            <dt className="text-sm text-slate-500">{t(`adminConsole.counts.${key}`)}</dt>
            <dd className="mt-1 text-2xl font-semibold" data-testid={`admin-count-${key}`}>
              {overview[key]}
            </dd>
          </Card>
        ))}
      </dl>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <AreaChart
            title={t("adminConsole.usage.unitsPerDay")}
            description={t("adminConsole.usage.last30Utc")}
            testId="admin-overview-usage"
            labelHeader={t("usage.columns.day")}
            valueHeader={t("usage.columns.units")}
            data={platform.usage.byDay.map((day) => ({ label: formatDay(t.locale, day.date), value: day.units }))}
          />
        </Card>
        <Card>
          <CardHeader title={t("adminConsole.revenue.mrr")} />
          <p className="text-3xl font-semibold" data-testid="admin-mrr">
            {platform.mrr.byCurrency.length ? platform.mrr.byCurrency.map((mrr) => formatMoney(t.locale, mrr.cents, mrr.currency)).join(" + ") : formatMoney(t.locale, 0, "usd")}
          </p>
          <p className="mt-4 text-sm text-slate-600">{t("adminConsole.sync.pendingCount", { count: sync.backlog.PENDING })}</p>
          <p className="text-sm text-slate-600">{t("adminConsole.sync.failedCount", { count: sync.backlog.FAILED })}</p>
          <Link href="/admin/billing-sync" className="mt-2 inline-block text-sm font-medium text-indigo-600">
            {t("adminConsole.tabs.billingSync")} →
          </Link>
        </Card>
      </div>
    </div>
  );
}
