import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";
import { getT } from "@/app/_i18n/server";
import { Pricing } from "./pricing";

export const dynamic = "force-dynamic";

const FEATURES = ["chat", "sentiment", "translate", "vision", "api", "privacy"] as const;

export default async function LandingPage() {
  const t = await getT();
  return (
    <>
      <section className="mx-auto max-w-4xl px-4 pt-20 pb-16 text-center">
        <h1 className="text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">{t("landing.heroTitle")}</h1>
        <p className="mx-auto mt-6 max-w-2xl text-lg text-slate-600">{t("landing.heroBody")}</p>
        <div className="mt-8 flex justify-center gap-3">
          <Link href="/sign-up" className={buttonClass("primary", "px-5 py-2.5")}>
            {t("landing.ctaPrimary")}
          </Link>
          <Link href="#pricing" className={buttonClass("secondary", "px-5 py-2.5")}>
            {t("landing.ctaSecondary")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="features" className="mx-auto max-w-6xl px-4 pb-20">
        <h2 id="features" className="text-center text-2xl font-semibold text-slate-900">
          {t("landing.featuresTitle")}
        </h2>
        <ul className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {FEATURES.map((key) => (
            <li key={key} className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
              <h3 className="font-semibold text-slate-900">{t(`landing.features.${key}Title`)}</h3>
              <p className="mt-2 text-sm text-slate-600">{t(`landing.features.${key}Body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <Pricing />
    </>
  );
}
