"use client";

import { ChartFrame } from "./chart-frame";
import type { SingleSeriesChartProps } from "./bar-chart";
import { seriesColor } from "./palette";
import { compactNumber, groupedNumber, niceTicks } from "./scale";
import { useChartTooltip } from "./use-chart-tooltip";

const WIDTH = 480;
const HEIGHT = 200;
const PAD = { left: 40, right: 12, top: 12, bottom: 24 };

/** A line with the area under it, for a trend over time; each point is focusable. */
export function AreaChart({ title, description, testId, data, labelHeader, valueHeader, formatValue = groupedNumber }: SingleSeriesChartProps) {
  const { point, handlers } = useChartTooltip();
  const ticks = niceTicks(Math.max(0, ...data.map((datum) => datum.value)));
  const top = ticks.at(-1)!;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (data.length <= 1 ? plotWidth / 2 : (index / (data.length - 1)) * plotWidth);
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const line = data.map((datum, index) => `${index === 0 ? "M" : "L"}${x(index)},${y(datum.value)}`).join(" ");
  const area = data.length ? `${line} L${x(data.length - 1)},${y(0)} L${x(0)},${y(0)} Z` : "";
  const labelEvery = Math.ceil(data.length / 6);
  const color = seriesColor(0);
  const table = { headers: [labelHeader, valueHeader], rows: data.map((datum) => [datum.label, datum.value]) };

  return (
    <ChartFrame title={title} description={description} testId={testId} table={table} tooltip={point}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" role="group" aria-label={title}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
            <text x={PAD.left - 4} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#94a3b8">
              {compactNumber(tick)}
            </text>
          </g>
        ))}
        <path d={area} fill={color} fillOpacity={0.15} />
        <path d={line} fill="none" stroke={color} strokeWidth={2} />
        {data.map((datum, index) => {
          const text = `${datum.label}: ${formatValue(datum.value)}`;
          return (
            <circle
              key={datum.label}
              cx={x(index)}
              cy={y(datum.value)}
              r={4}
              fill="white"
              stroke={color}
              strokeWidth={2}
              tabIndex={0}
              role="img"
              aria-label={text}
              data-testid="chart-point"
              data-label={datum.label}
              data-value={datum.value}
              className="outline-none focus-visible:stroke-slate-900"
              {...handlers({ xPercent: (x(index) / WIDTH) * 100, yPercent: (y(datum.value) / HEIGHT) * 100, text })}
            >
              <title>{text}</title>
            </circle>
          );
        })}
        {data.map((datum, index) =>
          index % labelEvery === 0 ? (
            <text key={datum.label} x={x(index)} y={HEIGHT - 6} textAnchor="middle" fontSize="11" fill="#64748b">
              {datum.label}
            </text>
          ) : null,
        )}
      </svg>
    </ChartFrame>
  );
}
