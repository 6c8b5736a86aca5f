"use client";

import { useI18n } from "@/app/_i18n/client";
import type { Placement } from "@/app/_inference/run-task";
import type { usePlacement } from "./use-placement";

const OPTIONS: { value: Placement; key: string }[] = [
  { value: "auto", key: "tools.placementAuto" },
  { value: "device", key: "tools.placementDevice" },
  { value: "server", key: "tools.placementServer" },
];

export function PlacementSetting({ state }: { state: ReturnType<typeof usePlacement> }) {
  const { t } = useI18n();
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{t("tools.placement")}</legend>
      <div className="inline-flex rounded-md ring-1 ring-slate-300" role="radiogroup">
        {OPTIONS.map((option) => (
          <label key={option.value} className="cursor-pointer px-3 py-1.5 text-sm has-[:checked]:bg-indigo-600 has-[:checked]:text-white">
            <input
              type="radio"
              name="placement"
              value={option.value}
              className="sr-only"
              checked={state.placement === option.value}
              onChange={() => state.setPlacement(option.value)}
            />
            {t(option.key)}
          </label>
        ))}
      </div>
      {state.placement === "auto" && (
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <input type="checkbox" className="mt-0.5" checked={state.downloadAccepted} onChange={(e) => state.setDownloadAccepted(e.target.checked)} />
          <span>
            {t("tools.allowDownload")}
            <span className="block text-slate-500">{t("tools.allowDownloadHint")}</span>
          </span>
        </label>
      )}
    </fieldset>
  );
}
