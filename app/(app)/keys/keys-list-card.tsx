"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@/app/_components/ui/alert";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";
import type { ApiKeyStatus } from "@/server/api-keys";

const STATUS_CLASS: Record<ApiKeyStatus, string> = {
  active: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  expired: "bg-amber-50 text-amber-800 ring-amber-200",
  revoked: "bg-red-50 text-red-700 ring-red-200",
};

export function KeysListCard({ canManage }: { canManage: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useQuery(trpc.apiKeys.list.queryOptions());
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.apiKeys.list.queryKey() }) }),
  );
  const format = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-US", { dateStyle: "medium" });
  const date = (value: Date | null, empty: string) => (value ? format.format(new Date(value)) : empty);

  return (
    <Card>
      <CardHeader title={t("apiKeys.listTitle")} description={canManage ? undefined : t("apiKeys.adminOnly")} />
      {revoke.error && <Alert tone="error" className="mb-3">{errorText(revoke.error, t)}</Alert>}
      {keys.isPending ? (
        <p className="text-sm text-slate-500">{t("common.loading")}</p>
      ) : keys.error ? (
        <Alert tone="error">
          {errorText(keys.error, t)}{" "}
          <button type="button" className="font-semibold underline" onClick={() => keys.refetch()}>
            {t("common.retry")}
          </button>
        </Alert>
      ) : keys.data.length === 0 ? (
        <EmptyState title={t("apiKeys.emptyTitle")} description={t("apiKeys.emptyBody")} />
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" data-testid="api-keys-table">
            <thead className="text-slate-500">
              <tr>
                {(["name", "scopes", "created", "lastUsed", "expires", "status"] as const).map((column) => (
                  <th key={column} className="py-2 pr-4 font-medium">
                    {t(`apiKeys.columns.${column}`)}
                  </th>
                ))}
                <th className="py-2" />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {keys.data.map((key) => (
                <tr key={key.id} data-testid={`api-key-${key.prefix}`}>
                  <td className="py-2 pr-4">
                    <div className="font-medium text-slate-900">{key.name}</div>
                    <code className="font-mono text-xs text-slate-500">{key.prefix}_…</code>
                  </td>
                  <td className="py-2 pr-4">
                    <div className="flex flex-wrap gap-1">
                      {key.scopes.map((scope) => (
                        <Badge key={scope}>{t(`apiKeys.scopeNames.${scope}`)}</Badge>
                      ))}
                    </div>
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap text-slate-600">{date(key.createdAt, "")}</td>
                  <td className="py-2 pr-4 whitespace-nowrap text-slate-600">{date(key.lastUsedAt, t("apiKeys.neverUsed"))}</td>
                  <td className="py-2 pr-4 whitespace-nowrap text-slate-600">{date(key.expiresAt, t("apiKeys.noExpiry"))}</td>
                  <td className="py-2 pr-4">
                    <Badge className={STATUS_CLASS[key.status]}>{t(`apiKeys.status.${key.status}`)}</Badge>
                  </td>
                  <td className="py-2 text-right">
                    {canManage && key.status !== "revoked" && (
                      <Button
                        variant="ghost"
                        pending={revoke.isPending && revoke.variables?.apiKeyId === key.id}
                        onClick={() => {
                          if (window.confirm(t("apiKeys.confirmRevoke", { name: key.name }))) revoke.mutate({ apiKeyId: key.id });
                        }}
                      >
                        {t("apiKeys.revoke")}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
