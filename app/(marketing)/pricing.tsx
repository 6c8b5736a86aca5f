import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";
import { getT } from "@/app/_i18n/server";
import { listActivePlans } from "@/server/billing";
import { getDb } from "@/server/db";

export async function Pricing() {
  const t = await getT();
  const plans = await listActivePlans(getDb());
  const number = new Intl.NumberFormat(t.locale === "zh" ? "zh-CN" : "en-US");
  const money = (cents: number, currency: string) =>
    new Intl.NumberFormat(t.locale === "zh" ? "zh-CN" : "en-US", { style: "currency", currency }).format(cents / 100);

  return (
    <section id="pricing" aria-labelledby="pricing-title" className="bg-white py-20">
      <div className="mx-auto max-w-6xl px-4">
        <h2 id="pricing-title" className="text-center text-2xl font-semibold text-slate-900">
          {t("landing.pricingTitle")}
        </h2>
        <p className="mt-3 text-center text-slate-600">{t("landing.pricingBody")}</p>
        {plans.length === 0 ? (
          <p className="mt-10 text-center text-slate-500">{t("landing.noPlans")}</p>
        ) : (
          <ul className="mt-10 grid gap-6 md:grid-cols-3">
            {plans.map((plan) => (
              <li key={plan.id} data-testid={`plan-${plan.id}`} className="flex flex-col rounded-xl p-6 ring-1 ring-slate-200">
                <h3 className="text-lg font-semibold">{plan.name}</h3>
                <p className="mt-4 text-3xl font-bold">
                  {plan.priceCents === 0 ? t("landing.free") : money(plan.priceCents, plan.currency)}
                  {plan.priceCents > 0 && <span className="text-base font-normal text-slate-500">{t("landing.perMonth")}</span>}
                </p>
                <ul className="mt-6 flex-1 space-y-2 text-sm text-slate-700">
                  <li>{t("landing.includedUnits", { units: number.format(plan.includedUnits) })}</li>
                  <li>{t("landing.rateLimit", { rate: number.format(plan.rateLimitPerMinute) })}</li>
                  <li>{plan.monthlyQuota ? t("landing.quota", { quota: number.format(plan.monthlyQuota) }) : t("landing.noQuota")}</li>
                </ul>
                <Link href="/sign-up" className={buttonClass(plan.sortOrder === 1 ? "primary" : "secondary", "mt-6")}>
                  {t("landing.choosePlan", { plan: plan.name })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
