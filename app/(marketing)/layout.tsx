import Link from "next/link";
import type { ReactNode } from "react";
import { LocaleSwitch } from "@/app/_components/locale-switch";
import { Logo } from "@/app/_components/logo";
import { buttonClass } from "@/app/_components/ui/button";
import { getT } from "@/app/_i18n/server";

export default async function MarketingLayout({ children }: { children: ReactNode }) {
  const t = await getT();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-slate-200 bg-white/80 backdrop-blur">
        <nav aria-label={t("nav.mainNavigation")} className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          <Logo />
          <div className="flex items-center gap-3">
            <Link href="/#pricing" className="hidden text-sm text-slate-700 hover:text-slate-900 sm:inline">
              {t("landing.ctaSecondary")}
            </Link>
            <LocaleSwitch />
            <Link href="/sign-in" className={buttonClass("ghost")}>
              {t("nav.signIn")}
            </Link>
            <Link href="/sign-up" className={buttonClass("primary")}>
              {t("nav.signUp")}
            </Link>
          </div>
        </nav>
      </header>
      <main className="flex-1">{children}</main>
      <footer className="border-t border-slate-200 py-8 text-center text-sm text-slate-500">{t("landing.footer")}</footer>
    </div>
  );
}
