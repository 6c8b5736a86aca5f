import { BarChart, formatDate } from "@/app/_components/charts";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { DataTable } from "../_components/data-table";

export const metadata = { title: "Admin · Billing sync" };

export default async function AdminBillingSyncPage() {
  const t = await getT();
  const { api } = await serverApi();
  const sync = await api.admin.billingSync();
  const when = (value: Date | null | undefined) => (value ? formatDate(t.locale, value, { dateStyle: "medium", timeStyle: "medium" }) : t("adminConsole.sync.never"));
  const facts = [
    ["oldestPending", sync.oldestPending ? when(sync.oldestPending.createdAt) : t("adminConsole.sync.none")],
    ["lastReport", when(sync.lastReportAt)],
    ["lastWebhook", sync.lastWebhook ? `${when(sync.lastWebhook.processedAt)} (${sync.lastWebhook.type})` : t("adminConsole.sync.never")],
  ] as const;
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <BarChart
            title={t("adminConsole.sync.backlog")}
            testId="admin-outbox-backlog"
            labelHeader={t("admin.status")}
            valueHeader={t("adminConsole.sync.rows")}
            data={(["PENDING", "SENT", "FAILED", "NOT_BILLABLE"] as const).map((status) => ({ label: t(`adminConsole.sync.status.${status}`), value: sync.backlog[status] }))}
          />
        </Card>
        <Card>
          <dl className="space-y-3 text-sm">
            {facts.map(([key, value]) => (
              <div key={key}>
                <dt className="text-slate-500">{t(`adminConsole.sync.${key}`)}</dt>
                <dd className="font-medium" data-testid={`admin-sync-${key}`}>
                  {value}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
      <Card>
        <CardHeader title={t("adminConsole.sync.failures")} />
        <DataTable
          testId="admin-sync-failures"
          empty={t("adminConsole.sync.noFailures")}
          headers={[t("admin.status"), t("adminConsole.sync.identifier"), t("adminConsole.sync.attempts"), t("adminConsole.sync.lastError"), t("admin.created")]}
          rows={sync.recentFailures.map((row) => ({
            key: row.id,
            cells: [
              t(`adminConsole.sync.status.${row.status}`),
              <code key="id" className="text-xs">
                {row.meterIdentifier}
              </code>,
              row.attempts,
              <span key="error" className="break-all text-red-700">
                {row.lastError}
              </span>,
              when(row.createdAt),
            ],
          }))}
        />
      </Card>
    </div>
  );
}
