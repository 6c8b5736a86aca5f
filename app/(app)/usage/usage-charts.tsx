"use client";

import { useQuery } from "@tanstack/react-query";
import type { RangeSelection } from "@/server/analytics";
import { AreaChart, BarChart, formatDay, formatNumber, StackedBarChart } from "@/app/_components/charts";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { QueryState } from "./query-state";

export function UsageCharts({ range, timeZone }: { range: RangeSelection; timeZone: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const summary = useQuery(trpc.usage.summary.queryOptions({ range, timeZone }));
  const units = formatNumber(locale);
  const unitsText = (value: number) => t("usage.unitsValue", { units: units(value) });
  const breakdown = (rows: { key: string; units: number }[], label: (key: string) => string = (key) => key) =>
    rows.map((row) => ({ label: label(row.key), value: row.units }));

  return (
    <QueryState query={summary}>
      {(data) =>
        data.total === 0 ? (
          <EmptyState title={t("usage.empty.title")} description={t("usage.empty.body")} />
        ) : (
          <div className="space-y-8" data-testid="usage-charts">
            <p className="text-sm text-slate-600" data-testid="usage-range-total">
              {t("usage.rangeTotal", { units: units(data.total), events: units(data.events) })}
            </p>
            <StackedBarChart
              title={t("usage.charts.byDay")}
              description={t("usage.charts.byDayHint", { zone: timeZone })}
              testId="usage-by-day"
              labelHeader={t("usage.columns.day")}
              formatValue={unitsText}
              series={data.byTask.map((row) => ({ key: row.key, label: row.key }))}
              data={data.byDay.map((day) => ({ label: formatDay(locale, day.date), values: day.byTask }))}
            />
            <AreaChart
              title={t("usage.charts.trend")}
              testId="usage-trend"
              labelHeader={t("usage.columns.day")}
              valueHeader={t("usage.columns.units")}
              formatValue={unitsText}
              data={data.byDay.map((day) => ({ label: formatDay(locale, day.date), value: day.units }))}
            />
            <div className="grid gap-8 md:grid-cols-2">
              <BarChart title={t("usage.charts.byTask")} testId="usage-by-task" labelHeader={t("usage.columns.task")} valueHeader={t("usage.columns.units")} formatValue={unitsText} data={breakdown(data.byTask)} />
              <BarChart title={t("usage.charts.byModel")} testId="usage-by-model" labelHeader={t("usage.columns.model")} valueHeader={t("usage.columns.units")} formatValue={unitsText} data={breakdown(data.byModel)} />
              <BarChart
                title={t("usage.charts.byApiKey")}
                testId="usage-by-key"
                labelHeader={t("usage.columns.apiKey")}
                valueHeader={t("usage.columns.units")}
                formatValue={unitsText}
                data={data.byApiKey.map((row) => ({ label: row.name ?? (row.key ? row.key : t("usage.noKey")), value: row.units }))}
              />
              <BarChart
                title={t("usage.charts.byRanOn")}
                description={t("usage.charts.byRanOnHint")}
                testId="usage-by-ran-on"
                labelHeader={t("usage.columns.ranOn")}
                valueHeader={t("usage.columns.units")}
                formatValue={unitsText}
                data={breakdown(data.byRanOn, (key) => t(`usage.ranOn.${key}`))}
              />
            </div>
          </div>
        )
      }
    </QueryState>
  );
}
