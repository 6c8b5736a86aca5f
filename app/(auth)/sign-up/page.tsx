import { getT } from "@/app/_i18n/server";
import { oauthProviderIds } from "@/server/auth/next-auth";
import { OAuthButtons } from "../oauth-buttons";
import { SignUpForm } from "./sign-up-form";

export const metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl = "/dashboard" } = await searchParams;
  const t = await getT();
  return (
    <div className="rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <h1 className="mb-6 text-xl font-semibold">{t("auth.signUpTitle")}</h1>
      <SignUpForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={oauthProviderIds()} callbackUrl={callbackUrl} />
    </div>
  );
}
