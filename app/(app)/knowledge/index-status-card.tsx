"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/app/_components/ui/alert";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";

export function IndexStatusCard() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const status = useQuery(trpc.knowledge.status.queryOptions());
  return (
    <Card>
      <CardHeader title={t("knowledge.status.title")} />
      {status.isPending ? (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      ) : status.error ? (
        <Alert tone="error">{errorText(status.error, t)}</Alert>
      ) : (
        <div className="space-y-3">
          <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4" data-testid="knowledge-status">
            {(
              [
                ["documents", status.data.documents],
                ["chunks", status.data.chunks],
                ["embedded", status.data.embeddedChunks],
                ["model", status.data.embeddingModels.join(", ") || "—"],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <dt className="text-slate-500">{t(`knowledge.status.${key}`)}</dt>
                <dd className="font-medium break-all text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          {status.data.tiny && <Alert tone="warning">{t("knowledge.status.tinyNote")}</Alert>}
          {status.data.chunks > status.data.embeddedChunks && <Alert tone="info">{t("knowledge.status.missingEmbeddings")}</Alert>}
        </div>
      )}
    </Card>
  );
}
