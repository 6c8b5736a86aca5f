import { getT } from "@/app/_i18n/server";
import { TranslateTool } from "./translate-tool";

export const metadata = { title: "Translate" };

export default async function TranslatePage() {
  const t = await getT();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("tools.translateTitle")}</h1>
        <p className="mt-1 text-slate-600">{t("tools.translateBody")}</p>
      </div>
      <TranslateTool />
    </div>
  );
}
