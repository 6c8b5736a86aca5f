"use client";

import { Alert } from "@/app/_components/ui/alert";
import { useI18n } from "@/app/_i18n/client";
import type { Progress } from "@/app/_inference/local-runner";
import type { RunInfo } from "@/app/_inference/run-task";

const formatBytes = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${(bytes / 1e3).toFixed(1)} KB` : `${bytes} B`;

/** Where the last run happened, with which model, and download progress while a model loads. */
export function RunStatus({ info, progress }: { info: RunInfo | null; progress: Progress | null }) {
  const { t } = useI18n();
  return (
    <div className="space-y-3">
      {progress && progress.total > 0 && progress.loaded < progress.total && (
        <div>
          <p className="mb-1 text-sm text-slate-600">{t("tools.downloading", { file: progress.file })}</p>
          <progress className="h-2 w-full" max={progress.total} value={progress.loaded} aria-label={progress.file} />
        </div>
      )}
      {info && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="run-status">
          <dt className="text-slate-500">{t("tools.ranOn")}</dt>
          <dd data-testid="ran-on" data-ran-on={info.ranOn}>
            {t(`tools.device.${info.ranOn}`)}
          </dd>
          <dt className="text-slate-500">{t("tools.model")}</dt>
          <dd className="font-mono text-xs leading-5">{info.model}</dd>
          {info.modelBytes !== null && (
            <>
              <dt className="text-slate-500">{t("tools.modelSize")}</dt>
              <dd>{formatBytes(info.modelBytes)}</dd>
              <dt className="text-slate-500">{t("tools.cached")}</dt>
              <dd data-testid="cached">{info.cached ? t("tools.yes") : t("tools.no")}</dd>
            </>
          )}
        </dl>
      )}
      {info?.tiny && <Alert tone="warning">{t("tools.tinyModel")}</Alert>}
      {info?.fallbackReason && <Alert tone="info">{t("tools.fellBack", { reason: info.fallbackReason })}</Alert>}
    </div>
  );
}
