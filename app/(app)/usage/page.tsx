import Link from "next/link";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { UsageDashboard } from "./usage-dashboard";

export const metadata = { title: "Usage & billing" };

export default async function UsagePage() {
  const t = await getT();
  const { ctx } = await serverApi();
  const organization = ctx.organization;
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("usage.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t("usage.intro")}{" "}
          <Link href="/keys" className="font-medium text-indigo-600 hover:text-indigo-500">
            {t("usage.keysLink")}
          </Link>
        </p>
      </div>
      {organization ? (
        <UsageDashboard key={organization.id} canManageBilling={organization.role !== "MEMBER"} />
      ) : (
        <p className="text-slate-700">{t("app.noOrganization")}</p>
      )}
    </div>
  );
}
