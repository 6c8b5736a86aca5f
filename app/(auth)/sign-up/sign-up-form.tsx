"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useActionState, useRef, useState, useTransition } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { TextField } from "@/app/_components/ui/field";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText, fieldError } from "@/app/_trpc/errors";
import { signInWithPassword } from "../actions";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const formRef = useRef<HTMLFormElement>(null);
  const [signInState, signInAction] = useActionState(signInWithPassword, { error: null });
  const [signingIn, startSignIn] = useTransition();
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const signUp = useMutation(
    trpc.auth.signUp.mutationOptions({
      // The account exists now: sign in through the same server action as the sign-in form.
      onSuccess: () => startSignIn(() => signInAction(new FormData(formRef.current ?? undefined))),
    }),
  );
  const update = (key: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  return (
    <form
      ref={formRef}
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        signUp.mutate(values);
      }}
    >
      {signUp.error && !fieldError(signUp.error) && <Alert tone="error">{errorText(signUp.error, t)}</Alert>}
      {signInState.error && <Alert tone="error">{t(signInState.error)}</Alert>}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField label={t("auth.name")} name="name" autoComplete="name" required maxLength={100} value={values.name} onChange={update("name")} error={fieldError(signUp.error, "name")} />
      <TextField label={t("auth.email")} name="email" type="email" autoComplete="email" required maxLength={254} value={values.email} onChange={update("email")} error={fieldError(signUp.error, "email")} />
      <TextField label={t("auth.password")} name="password" type="password" autoComplete="new-password" required maxLength={200} hint={t("auth.passwordHint")} value={values.password} onChange={update("password")} error={fieldError(signUp.error, "password")} />
      <Button type="submit" pending={signUp.isPending || signingIn} className="w-full">
        {t("auth.signUpButton")}
      </Button>
      <p className="text-center text-sm text-slate-600">
        {t("auth.haveAccount")}{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-indigo-600 hover:underline">
          {t("nav.signIn")}
        </Link>
      </p>
    </form>
  );
}
