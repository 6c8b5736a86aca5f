import { Card } from "@/app/_components/ui/card";
import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";

export const metadata = { title: "Overview" };

export default async function DashboardPage() {
  const t = await getT();
  const { ctx } = await serverApi();
  const org = ctx.organization;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("app.welcome", { name: ctx.user?.name ?? ctx.user?.email ?? "" })}</h1>
      <Card>
        {org ? (
          <p data-testid="active-organization" className="text-slate-700">
            {t("app.overviewBody", { org: org.name, role: t(`app.roles.${org.role}`) })}
          </p>
        ) : (
          <p className="text-slate-700">{t("app.noOrganization")}</p>
        )}
      </Card>
    </div>
  );
}
