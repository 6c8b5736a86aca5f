"use client";

import { useEffect, useState } from "react";
import type { RangeSelection } from "@/server/analytics";
// Pure Intl helpers (no server dependencies), shared so the default custom range matches the server's day math.
import { addDays, localDay } from "@/server/analytics/time-zone";
import { buttonClass } from "@/app/_components/ui/button";
import { useI18n } from "@/app/_i18n/client";
import { InvoicesCard } from "./invoices-card";
import { PeriodCostCard } from "./period-cost-card";
import { PlansCard } from "./plans-card";
import { RangeControls } from "./range-controls";
import { UsageCharts } from "./usage-charts";

function exportHref(range: RangeSelection, timeZone: string): string {
  const params = new URLSearchParams({ range: range.kind, tz: timeZone });
  if (range.kind === "custom") {
    params.set("from", range.from);
    params.set("to", range.to);
  }
  return `/api/usage/export?${params}`;
}

export function UsageDashboard({ canManageBilling }: { canManageBilling: boolean }) {
  const { t } = useI18n();
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const [range, setRange] = useState<RangeSelection>({ kind: "period" });
  const [custom, setCustom] = useState({ from: "", to: "" });

  // The browser's zone is only known after hydration; queries wait for it.
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    const today = localDay(new Date(), zone);
    setTimeZone(zone);
    setCustom({ from: addDays(today, -6), to: today });
  }, []);

  return (
    <div className="space-y-6">
      <PeriodCostCard />
      <section className="space-y-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6" aria-labelledby="usage-charts-title">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="usage-charts-title" className="text-base font-semibold text-slate-900">
            {t("usage.charts.title")}
          </h2>
          {timeZone && (
            <a href={exportHref(range, timeZone)} download className={buttonClass("secondary")} data-testid="usage-export">
              {t("usage.export")}
            </a>
          )}
        </div>
        {timeZone && <RangeControls range={range} onRange={setRange} timeZone={timeZone} onTimeZone={setTimeZone} custom={custom} onCustom={setCustom} />}
        {timeZone && <UsageCharts range={range} timeZone={timeZone} />}
      </section>
      <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        <InvoicesCard />
        <PlansCard canManageBilling={canManageBilling} />
      </div>
    </div>
  );
}
