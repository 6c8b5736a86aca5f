import Link from "next/link";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { SupportInbox } from "./support-inbox";

export const metadata = { title: "Support inbox" };

export default async function SupportInboxPage() {
  const t = await getT();
  const { ctx } = await serverApi();
  const organization = ctx.organization;
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("support.inbox.title")}</h1>
        {organization && (
          <p className="text-sm text-slate-600">
            {t("support.inbox.publicLink")}{" "}
            <a className="font-medium text-indigo-600 hover:underline" href={`/chat/${organization.slug}`} target="_blank" rel="noreferrer">
              /chat/{organization.slug}
            </a>
            {" · "}
            <Link className="font-medium text-indigo-600 hover:underline" href="/settings/support">
              {t("support.settings.open")}
            </Link>
          </p>
        )}
      </div>
      {organization ? <SupportInbox /> : <EmptyState title={t("support.inbox.noOrganization")} />}
    </div>
  );
}
