import { EmptyState } from "@/app/_components/ui/empty-state";
import { getT } from "@/app/_i18n/server";

/** Honest placeholder for a section whose capability has not shipped yet. */
export async function NotYetAvailable({ feature }: { feature: string }) {
  const t = await getT();
  const name = t(`nav.${feature}`);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">{name}</h1>
      <EmptyState title={t("app.comingTitle", { feature: name })} description={t("app.comingBody")} />
    </div>
  );
}
