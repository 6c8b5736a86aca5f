import { redirect } from "next/navigation";
import { getT } from "@/app/_i18n/server";
import { auth, oauthProviderIds } from "@/server/auth/next-auth";
import { OAuthButtons } from "../oauth-buttons";
import { SignInForm } from "./sign-in-form";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; code?: string }> }) {
  const { callbackUrl = "/dashboard", code } = await searchParams;
  if ((await auth())?.user) redirect(callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/dashboard");
  const t = await getT();
  return (
    <div className="rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <h1 className="mb-6 text-xl font-semibold">{t("auth.signInTitle")}</h1>
      <SignInForm callbackUrl={callbackUrl} initialError={code ?? null} />
      <OAuthButtons providers={oauthProviderIds()} callbackUrl={callbackUrl} />
    </div>
  );
}
