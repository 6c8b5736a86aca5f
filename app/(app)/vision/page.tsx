import { getT } from "@/app/_i18n/server";
import { VisionTool } from "./vision-tool";

export const metadata = { title: "Vision" };

export default async function VisionPage() {
  const t = await getT();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("tools.visionTitle")}</h1>
        <p className="mt-1 text-slate-600">{t("tools.visionBody")}</p>
      </div>
      <VisionTool />
    </div>
  );
}
