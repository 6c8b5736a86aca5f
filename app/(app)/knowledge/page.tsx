import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { KnowledgeManager } from "./knowledge-manager";

export const metadata = { title: "Knowledge" };

export default async function KnowledgePage() {
  const t = await getT();
  const { ctx } = await serverApi();
  const organization = ctx.organization;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("knowledge.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("knowledge.intro")}</p>
      </div>
      {organization ? (
        <KnowledgeManager key={organization.id} canManage={organization.role !== "MEMBER"} />
      ) : (
        <p className="text-slate-700">{t("app.noOrganization")}</p>
      )}
    </div>
  );
}
