"use client";

import { useQuery } from "@tanstack/react-query";
import { formatMoney, formatNumber, formatPeriod } from "@/app/_components/charts";
import { Alert } from "@/app/_components/ui/alert";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { QueryState } from "./query-state";

/** The current billing period: units used against the plan's included units, and what it costs so far. */
export function PeriodCostCard() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const period = useQuery(trpc.usage.currentPeriod.queryOptions());
  const units = formatNumber(locale);
  return (
    <Card data-testid="usage-period">
      <QueryState query={period}>
        {(data) => {
          const { costEstimate: cost } = data;
          const share = cost.includedUnits > 0 ? Math.min(100, (data.totalUnits / cost.includedUnits) * 100) : 100;
          return (
            <>
              <CardHeader
                title={t("usage.period.title", { plan: data.plan.name })}
                description={t("usage.period.dates", { dates: formatPeriod(locale, data.period.start, data.period.end) })}
              />
              {!data.billingOnline && (
                <Alert tone="warning" className="mb-4">
                  {t("usage.billingOffline")}
                </Alert>
              )}
              <dl className="grid gap-4 sm:grid-cols-3">
                <div>
                  <dt className="text-sm text-slate-500">{t("usage.period.used")}</dt>
                  <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid="usage-period-total" data-value={data.totalUnits}>
                    {units(data.totalUnits)}
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-500">{t("usage.period.included")}</dt>
                  <dd className="mt-1 text-2xl font-semibold tabular-nums">{units(cost.includedUnits)}</dd>
                </div>
                <div>
                  <dt className="text-sm text-slate-500">{t("usage.period.estimate")}</dt>
                  <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid="usage-period-cost">
                    {formatMoney(locale, cost.totalCents, cost.currency)}
                  </dd>
                  <dd className="text-xs text-slate-500">
                    {t("usage.period.breakdown", {
                      base: formatMoney(locale, cost.baseCents, cost.currency),
                      overage: formatMoney(locale, cost.overageCents, cost.currency),
                      units: units(cost.overageUnits),
                    })}
                  </dd>
                </div>
              </dl>
              <div
                className="mt-4 h-2 overflow-hidden rounded-full bg-slate-100"
                role="meter"
                aria-label={t("usage.period.meter")}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(share)}
              >
                <div className={share >= 100 ? "h-full bg-amber-500" : "h-full bg-indigo-600"} style={{ width: `${share}%` }} />
              </div>
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
