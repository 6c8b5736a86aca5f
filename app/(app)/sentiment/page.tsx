import { getT } from "@/app/_i18n/server";
import { SentimentTool } from "./sentiment-tool";

export const metadata = { title: "Sentiment" };

export default async function SentimentPage() {
  const t = await getT();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("tools.sentimentTitle")}</h1>
        <p className="mt-1 text-slate-600">{t("tools.sentimentBody")}</p>
      </div>
      <SentimentTool />
    </div>
  );
}
