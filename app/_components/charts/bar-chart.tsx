"use client";

import { ChartFrame } from "./chart-frame";
import { seriesColor } from "./palette";
import { groupedNumber } from "./scale";
import { useChartTooltip } from "./use-chart-tooltip";

export interface BarDatum {
  label: string;
  value: number;
}

/** Props shared by the one-series charts (bars by category, area over time). */
export interface SingleSeriesChartProps {
  title: string;
  description?: string;
  testId: string;
  data: BarDatum[];
  labelHeader: string;
  valueHeader: string;
  formatValue?: (value: number) => string;
}

const WIDTH = 480;
const ROW = 34;

/** Horizontal bars for categories: the label above each bar keeps long names readable on a phone. */
export function BarChart({ title, description, testId, data, labelHeader, valueHeader, formatValue = groupedNumber }: SingleSeriesChartProps) {
  const { point, handlers } = useChartTooltip();
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const height = Math.max(ROW, data.length * ROW);
  const table = { headers: [labelHeader, valueHeader], rows: data.map((datum) => [datum.label, datum.value]) };

  return (
    <ChartFrame title={title} description={description} testId={testId} table={table} tooltip={point}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-xl" role="group" aria-label={title}>
        {data.map((datum, index) => {
          const top = index * ROW;
          const width = Math.max(2, (datum.value / max) * (WIDTH - 4));
          const text = `${datum.label}: ${formatValue(datum.value)}`;
          return (
            <g
              key={datum.label}
              tabIndex={0}
              role="img"
              aria-label={text}
              data-testid="chart-bar"
              data-label={datum.label}
              data-value={datum.value}
              className="outline-none focus-visible:[&>rect]:stroke-slate-900"
              {...handlers({ xPercent: (width / 2 / WIDTH) * 100, yPercent: ((top + 16) / height) * 100, text })}
            >
              <title>{text}</title>
              <text x={0} y={top + 12} fontSize="12" fill="#334155">
                {datum.label}
                <tspan fill="#64748b">{` · ${formatValue(datum.value)}`}</tspan>
              </text>
              <rect x={0} y={top + 17} width={width} height={12} rx={2} fill={seriesColor(index)} />
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
