"use client";

import { useQuery } from "@tanstack/react-query";
import { formatMoney, formatNumber, formatPeriod } from "@/app/_components/charts";
import { Alert } from "@/app/_components/ui/alert";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { QueryState } from "./query-state";

export function InvoicesCard() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const invoices = useQuery(trpc.usage.invoices.queryOptions());
  const units = formatNumber(locale);
  return (
    <Card data-testid="usage-invoices">
      <CardHeader title={t("usage.invoices.title")} />
      <QueryState query={invoices}>
        {(data) => (
          <>
            {data.source === "ledger" && (
              <Alert tone={data.stripeUnavailable ? "warning" : "info"} className="mb-3">
                {data.stripeUnavailable ? t("usage.invoices.stripeUnavailable") : data.billingOnline ? t("usage.invoices.fromLedger") : t("usage.billingOffline")}
              </Alert>
            )}
            {data.rows.length === 0 ? (
              <EmptyState title={t("usage.invoices.empty")} />
            ) : (
              <div className="overflow-x-auto">
                <table className="min-w-full text-left text-sm">
                  <thead className="text-slate-500">
                    <tr>
                      <th className="py-2 pr-4 font-medium">{t("usage.invoices.period")}</th>
                      {data.source === "ledger" && <th className="py-2 pr-4 font-medium">{t("usage.columns.units")}</th>}
                      <th className="py-2 pr-4 font-medium">{t("usage.invoices.amount")}</th>
                      <th className="py-2 font-medium">{t("usage.invoices.status")}</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {data.rows.map((row) => (
                      <tr key={row.id} data-testid="usage-invoice-row">
                        <td className="py-2 pr-4 whitespace-nowrap">
                          {formatPeriod(locale, row.periodStart, row.periodEnd)}
                        </td>
                        {data.source === "ledger" && <td className="py-2 pr-4 tabular-nums">{units(row.units ?? 0)}</td>}
                        <td className="py-2 pr-4 tabular-nums">{formatMoney(locale, row.amountCents, row.currency)}</td>
                        <td className="py-2">
                          {row.url ? (
                            <a href={row.url} className="font-medium text-indigo-600 hover:text-indigo-500" target="_blank" rel="noreferrer">
                              {row.status}
                            </a>
                          ) : row.status === "estimate" ? (
                            t("usage.invoices.estimate")
                          ) : (
                            row.status
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}
