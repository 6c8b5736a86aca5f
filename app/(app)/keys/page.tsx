import Link from "next/link";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { ApiKeysManager } from "./api-keys-manager";

export const metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const t = await getT();
  const { ctx } = await serverApi();
  const organization = ctx.organization;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("apiKeys.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {t("apiKeys.intro")}{" "}
          <Link href="/docs/api" className="font-medium text-indigo-600 hover:text-indigo-500">
            {t("apiKeys.docsLink")}
          </Link>
        </p>
      </div>
      {organization ? (
        <ApiKeysManager key={organization.id} canManage={organization.role !== "MEMBER"} />
      ) : (
        <p className="text-slate-700">{t("app.noOrganization")}</p>
      )}
    </div>
  );
}
