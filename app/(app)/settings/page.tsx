import { getT } from "@/app/_i18n/server";
import { serverApi } from "@/app/_trpc/server";
import { OrganizationSettings } from "./organization-settings";

export const metadata = { title: "Organization" };

export default async function SettingsPage() {
  const t = await getT();
  const { ctx } = await serverApi();
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("orgs.title")}</h1>
      <OrganizationSettings organization={ctx.organization} currentUserId={ctx.user?.id ?? ""} />
    </div>
  );
}
