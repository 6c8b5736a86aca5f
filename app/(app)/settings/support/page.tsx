import Link from "next/link";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { CannedResponsesCard } from "./canned-responses-card";
import { EscalationPolicyCard } from "./escalation-policy-card";

export const metadata = { title: "Support settings" };

export default async function SupportSettingsPage() {
  const t = await getT();
  const { ctx } = await serverApi();
  const canManage = ctx.organization !== null && ctx.organization.role !== "MEMBER";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("support.settings.title")}</h1>
        <Link href="/chat" className="text-sm text-indigo-600 hover:underline">
          {t("support.settings.back")}
        </Link>
      </div>
      <EscalationPolicyCard canManage={canManage} />
      <CannedResponsesCard canManage={canManage} />
    </div>
  );
}
