import { formatDate } from "@/app/_components/charts";
import { Alert } from "@/app/_components/ui/alert";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { DataTable } from "../_components/data-table";

export const metadata = { title: "Admin · Workers" };

const ms = (value: number | null) => (value === null ? "—" : `${Math.round(value)} ms`);

export default async function AdminWorkersPage() {
  const t = await getT();
  const { api } = await serverApi();
  const health = await api.admin.workers();
  return (
    <Card>
      <CardHeader
        title={t("adminConsole.workers.title")}
        description={t("adminConsole.workers.summary", { transport: health.transport, depth: health.queueDepth, limit: health.queueLimit })}
      />
      {!health.ok && <Alert tone="warning" className="mb-3">{t("adminConsole.workers.queueFull")}</Alert>}
      <DataTable
        testId="admin-workers"
        empty={t("adminConsole.workers.empty")}
        headers={[
          t("adminConsole.workers.worker"),
          t("adminConsole.workers.device"),
          t("adminConsole.workers.models"),
          t("adminConsole.workers.inFlight"),
          "p50",
          "p95",
          t("adminConsole.workers.errorRate"),
        ]}
        rows={health.workers.map((worker) => ({
          key: worker.id,
          cells: [
            <div key="id">
              <div className="font-medium">{worker.host}</div>
              <div className="text-xs text-slate-500">
                pid {worker.pid} · {worker.alive ? t("adminConsole.workers.alive") : t("adminConsole.workers.gone")} · {formatDate(t.locale, worker.startedAt, { timeStyle: "short" })}
              </div>
            </div>,
            worker.devices.join(", ") || "—",
            <ul key="models" className="text-xs">
              {worker.models.map((model) => (
                <li key={model.task}>
                  {model.task}: {model.model} ({model.device})
                </li>
              ))}
            </ul>,
            worker.inFlight,
            ms(worker.p50Ms),
            ms(worker.p95Ms),
            `${(worker.errorRate * 100).toFixed(1)}% (${worker.errors}/${worker.completed + worker.errors})`,
          ],
        }))}
      />
    </Card>
  );
}
