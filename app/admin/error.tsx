"use client";

import { Alert } from "@/app/_components/ui/alert";
import { useI18n } from "@/app/_i18n/client";

export default function AdminError({ reset }: { error: Error; reset: () => void }) {
  const { t } = useI18n();
  return (
    <Alert tone="error">
      {t("adminConsole.loadFailed")}{" "}
      <button type="button" className="font-semibold underline" onClick={reset}>
        {t("common.retry")}
      </button>
    </Alert>
  );
}
