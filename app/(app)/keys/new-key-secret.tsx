"use client";

import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { useI18n } from "@/app/_i18n/client";

/** The only time the whole key is visible: the server keeps just its hash. */
export function NewKeySecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(secret).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <Card className="ring-indigo-300">
      <CardHeader title={t("apiKeys.secretTitle", { name })} />
      <Alert tone="warning" className="mb-3">
        {t("apiKeys.secretWarning")}
      </Alert>
      <div className="flex flex-wrap items-center gap-2">
        <code data-testid="new-api-key" className="min-w-0 flex-1 rounded-md bg-slate-900 px-3 py-2 font-mono text-sm break-all text-slate-100 select-all">
          {secret}
        </code>
        <Button variant="secondary" onClick={copy}>
          {copied ? t("apiKeys.copied") : t("apiKeys.copy")}
        </Button>
      </div>
      {copied === false && <p className="mt-2 text-sm text-red-600">{t("apiKeys.copyFailed")}</p>}
      <Button className="mt-4" onClick={onDone}>
        {t("apiKeys.secretDone")}
      </Button>
    </Card>
  );
}
