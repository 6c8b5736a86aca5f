"use client";

import { Button } from "@/app/_components/ui/button";
import { useI18n } from "@/app/_i18n/client";
import { signInWithProvider } from "./actions";

const NAMES: Record<string, string> = { github: "GitHub", google: "Google" };

/** Shown only for providers whose credentials are configured (AUTH_GITHUB_ID, AUTH_GOOGLE_ID, …). */
export function OAuthButtons({ providers, callbackUrl }: { providers: string[]; callbackUrl: string }) {
  const { t } = useI18n();
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-3 border-t border-slate-200 pt-6">
      <p className="text-center text-sm text-slate-500">{t("auth.orContinueWith")}</p>
      {providers.map((id) => (
        <Button key={id} variant="secondary" className="w-full" onClick={() => signInWithProvider(id, callbackUrl)}>
          {t("auth.continueWith", { provider: NAMES[id] ?? id })}
        </Button>
      ))}
    </div>
  );
}
