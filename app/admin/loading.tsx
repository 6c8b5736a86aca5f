import { getT } from "@/app/_i18n/server";

export default async function AdminLoading() {
  const t = await getT();
  return (
    <p className="animate-pulse text-sm text-slate-500" aria-busy="true">
      {t("common.loading")}
    </p>
  );
}
