"use client";

import type { RangeSelection } from "@/server/analytics";
import { SelectField, TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";

const KINDS = ["period", "last30", "custom"] as const;

export function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set(["UTC", current, ...zones])];
}

interface RangeControlsProps {
  range: RangeSelection;
  onRange: (range: RangeSelection) => void;
  timeZone: string;
  onTimeZone: (timeZone: string) => void;
  /** The last custom range the user entered, kept while another kind is selected. */
  custom: { from: string; to: string };
  onCustom: (custom: { from: string; to: string }) => void;
}

/** Period selector (billing period, last 30 days, custom days) and the zone that day buckets use. */
export function RangeControls({ range, onRange, timeZone, onTimeZone, custom, onCustom }: RangeControlsProps) {
  const { t } = useI18n();
  const setCustom = (next: { from: string; to: string }) => {
    onCustom(next);
    if (next.from && next.to && next.from <= next.to) onRange({ kind: "custom", ...next });
  };
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="usage-range-controls">
      <SelectField
        label={t("usage.range.label")}
        value={range.kind}
        data-testid="usage-range"
        onChange={(event) => {
          const kind = event.target.value as (typeof KINDS)[number];
          onRange(kind === "custom" ? { kind, ...custom } : { kind });
        }}
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`usage.range.${kind}`)}
          </option>
        ))}
      </SelectField>
      {range.kind === "custom" && (
        <>
          <TextField label={t("usage.range.from")} type="date" value={custom.from} max={custom.to} onChange={(event) => setCustom({ ...custom, from: event.target.value })} />
          <TextField label={t("usage.range.to")} type="date" value={custom.to} min={custom.from} onChange={(event) => setCustom({ ...custom, to: event.target.value })} />
        </>
      )}
      <SelectField label={t("usage.range.timeZone")} value={timeZone} data-testid="usage-time-zone" onChange={(event) => onTimeZone(event.target.value)}>
        {timeZones(timeZone).map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
