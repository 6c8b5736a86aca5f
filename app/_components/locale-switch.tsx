"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useI18n } from "@/app/_i18n/client";
import { LOCALES, type Locale } from "@/app/_i18n/config";
import { useTRPC } from "@/app/_trpc/client";

const LABELS: Record<Locale, string> = { en: "English", zh: "中文" };

export function LocaleSwitch() {
  const { locale, t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const setLocale = useMutation(trpc.auth.setLocale.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <label className="inline-flex items-center gap-2 text-sm text-slate-600">
      <span className="sr-only">{t("common.language")}</span>
      <select
        data-testid="locale-switch"
        value={locale}
        disabled={setLocale.isPending}
        onChange={(event) => setLocale.mutate({ locale: event.target.value as Locale })}
        className="rounded-md border-0 bg-transparent py-1 pr-7 pl-2 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
      >
        {LOCALES.map((code) => (
          <option key={code} value={code}>
            {LABELS[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
