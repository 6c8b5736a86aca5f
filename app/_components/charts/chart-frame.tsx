"use client";

import { useId, useState, type ReactNode } from "react";
import { useI18n } from "@/app/_i18n/client";
import type { TooltipPoint } from "./use-chart-tooltip";

export interface ChartTableData {
  headers: string[];
  rows: (string | number)[][];
}

interface ChartFrameProps {
  title: string;
  description?: string;
  testId: string;
  table: ChartTableData;
  tooltip: TooltipPoint | null;
  children: ReactNode;
}

/** Title, the chart or (on request) the same data as a table, and the visible tooltip. */
export function ChartFrame({ title, description, testId, table, tooltip, children }: ChartFrameProps) {
  const { t, locale } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const format = new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-US");
  return (
    <figure className="min-w-0" aria-labelledby={titleId} data-testid={testId}>
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <figcaption>
          <h3 id={titleId} className="text-sm font-semibold text-slate-900">
            {title}
          </h3>
          {description && <p className="text-xs text-slate-500">{description}</p>}
        </figcaption>
        <button type="button" className="text-xs font-medium text-indigo-600 hover:text-indigo-500" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? t("usage.chart.showChart") : t("usage.chart.showTable")}
        </button>
      </div>
      {asTable ? (
        <div className="max-h-80 overflow-auto">
          <table className="min-w-full text-left text-sm" data-testid={`${testId}-table`}>
            <caption className="sr-only">{title}</caption>
            <thead className="text-slate-500">
              <tr>
                {table.headers.map((header) => (
                  <th key={header} scope="col" className="py-1 pr-4 font-medium">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={column} className={column === 0 ? "py-1 pr-4" : "py-1 pr-4 tabular-nums"}>
                      {typeof cell === "number" ? format.format(cell) : cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div className="relative" data-testid={`${testId}-plot`}>
          {children}
          {tooltip && (
            <div
              role="status"
              data-testid="chart-tooltip"
              className="pointer-events-none absolute z-10 -translate-x-1/2 -translate-y-full rounded bg-slate-900 px-2 py-1 text-xs whitespace-nowrap text-white shadow"
              style={{ left: `${Math.min(85, Math.max(15, tooltip.xPercent))}%`, top: `${tooltip.yPercent}%` }}
            >
              {tooltip.text}
            </div>
          )}
        </div>
      )}
    </figure>
  );
}
