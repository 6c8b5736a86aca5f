"use client";

import { ChartFrame } from "./chart-frame";
import { seriesColor } from "./palette";
import { compactNumber, groupedNumber, niceTicks } from "./scale";
import { useChartTooltip } from "./use-chart-tooltip";

export interface StackedBarDatum {
  label: string;
  values: Record<string, number>;
}

export interface ChartSeries {
  key: string;
  label: string;
}

interface StackedBarChartProps {
  title: string;
  description?: string;
  testId: string;
  data: StackedBarDatum[];
  series: ChartSeries[];
  /** Header of the label column in the table view. */
  labelHeader: string;
  formatValue?: (value: number) => string;
}

const WIDTH = 480;
const HEIGHT = 220;
const PAD = { left: 40, right: 8, top: 12, bottom: 24 };

/** Vertical bars, one per datum, stacked by series (one series draws plain bars). */
export function StackedBarChart({ title, description, testId, data, series, labelHeader, formatValue = groupedNumber }: StackedBarChartProps) {
  const { point, handlers } = useChartTooltip();
  const totals = data.map((datum) => series.reduce((sum, s) => sum + (datum.values[s.key] ?? 0), 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const top = ticks.at(-1)!;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, data.length);
  const barWidth = Math.max(2, slot * 0.7);
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const labelEvery = Math.ceil(data.length / 8);
  const table = {
    headers: [labelHeader, ...(series.length > 1 ? series.map((s) => s.label) : []), title],
    rows: data.map((datum, index) => [datum.label, ...(series.length > 1 ? series.map((s) => datum.values[s.key] ?? 0) : []), totals[index]!]),
  };

  return (
    <ChartFrame title={title} description={description} testId={testId} table={table} tooltip={point}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="group" aria-label={title}>
        {ticks.map((tick) => (
          <g key={tick} className="text-slate-400">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
            <text x={PAD.left - 4} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="currentColor">
              {compactNumber(tick)}
            </text>
          </g>
        ))}
        {data.map((datum, index) => {
          const x = PAD.left + index * slot + (slot - barWidth) / 2;
          const total = totals[index]!;
          const text = `${datum.label}: ${formatValue(total)}`;
          let base = 0;
          return (
            <g
              key={datum.label}
              tabIndex={0}
              role="img"
              aria-label={text}
              data-testid="chart-bar"
              data-label={datum.label}
              data-value={total}
              className="outline-none focus-visible:[&>rect]:stroke-slate-900"
              {...handlers({ xPercent: ((x + barWidth / 2) / WIDTH) * 100, yPercent: (y(total) / HEIGHT) * 100, text })}
            >
              <title>{text}</title>
              <rect x={x} y={PAD.top} width={barWidth} height={plotHeight} fill="transparent" />
              {series.map((s, seriesIndex) => {
                const value = datum.values[s.key] ?? 0;
                if (value <= 0) return null;
                const rectTop = y(base + value);
                const height = y(base) - rectTop;
                base += value;
                return (
                  <rect key={s.key} x={x} y={rectTop} width={barWidth} height={height} fill={seriesColor(seriesIndex)} data-series={s.key} data-value={value}>
                    <title>{`${datum.label} · ${s.label}: ${formatValue(value)}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
        {data.map((datum, index) =>
          index % labelEvery === 0 ? (
            <text key={datum.label} x={PAD.left + index * slot + slot / 2} y={HEIGHT - 6} textAnchor="middle" fontSize="11" fill="#64748b">
              {datum.label}
            </text>
          ) : null,
        )}
      </svg>
      {series.length > 1 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
          {series.map((s, index) => (
            <li key={s.key} className="flex items-center gap-1">
              <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ background: seriesColor(index) }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
    </ChartFrame>
  );
}
