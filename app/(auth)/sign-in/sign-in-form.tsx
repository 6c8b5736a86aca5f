"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { signInWithPassword } from "../actions";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(signInWithPassword, { error: initialError });
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && <Alert tone="error">{t(state.error.startsWith("auth.") ? state.error : "auth.wrongCredentials")}</Alert>}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField label={t("auth.email")} name="email" type="email" autoComplete="email" required maxLength={254} />
      <TextField label={t("auth.password")} name="password" type="password" autoComplete="current-password" required maxLength={200} />
      <Button type="submit" pending={pending} className="w-full">
        {t("auth.signInButton")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("auth.noAccount")}{" "}
        <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-indigo-600 hover:underline">
          {t("nav.signUp")}
        </Link>
      </p>
    </form>
  );
}
