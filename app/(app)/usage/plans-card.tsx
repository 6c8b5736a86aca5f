"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { formatMoney, formatNumber } from "@/app/_components/charts";
import { Alert } from "@/app/_components/ui/alert";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";
import { QueryState } from "./query-state";

const goTo = ({ url }: { url: string | null }) => {
  if (url) window.location.assign(url);
};

/** Plans from the database; admins upgrade through Stripe Checkout or manage the subscription in the portal. */
export function PlansCard({ canManageBilling }: { canManageBilling: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const plans = useQuery(trpc.billing.plans.queryOptions());
  const current = useQuery(trpc.usage.currentPeriod.queryOptions());
  const checkout = useMutation(trpc.billing.checkout.mutationOptions({ onSuccess: goTo }));
  const portal = useMutation(trpc.billing.portal.mutationOptions({ onSuccess: goTo }));
  const units = formatNumber(locale);
  const mutationError = checkout.error ?? portal.error;

  return (
    <Card data-testid="usage-plans">
      <CardHeader
        title={t("usage.plans.title")}
        description={canManageBilling ? undefined : t("usage.plans.adminOnly")}
        action={
          canManageBilling && current.data?.hasStripeCustomer && current.data.billingOnline ? (
            <Button variant="secondary" pending={portal.isPending} onClick={() => portal.mutate()}>
              {t("usage.plans.portal")}
            </Button>
          ) : undefined
        }
      />
      {mutationError && <Alert tone="error" className="mb-3">{errorText(mutationError, t)}</Alert>}
      <QueryState query={plans}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t("usage.plans.empty")} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {list.map((plan) => {
                const isCurrent = current.data?.plan.id === plan.id;
                return (
                  <li key={plan.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid={`plan-${plan.id}`}>
                    <div>
                      <p className="font-medium text-slate-900">
                        {plan.name} {isCurrent && <Badge>{t("usage.plans.current")}</Badge>}
                      </p>
                      <p className="text-sm text-slate-600">
                        {t("usage.plans.price", { price: formatMoney(locale, plan.priceCents, plan.currency), units: units(plan.includedUnits) })}
                        {plan.overageCentsPer1000Units > 0 &&
                          ` · ${t("usage.plans.overage", { price: formatMoney(locale, plan.overageCentsPer1000Units, plan.currency) })}`}
                      </p>
                    </div>
                    {canManageBilling && !isCurrent && plan.priceCents > 0 && (
                      <Button
                        disabled={!plan.purchasable}
                        title={plan.purchasable ? undefined : t("usage.plans.notPurchasable")}
                        pending={checkout.isPending && checkout.variables?.planId === plan.id}
                        onClick={() => checkout.mutate({ planId: plan.id })}
                      >
                        {t("usage.plans.upgrade", { plan: plan.name })}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
    </Card>
  );
}
