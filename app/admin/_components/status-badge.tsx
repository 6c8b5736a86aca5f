import { Badge } from "@/app/_components/ui/badge";
import { getT } from "@/app/_i18n/server";

export async function SuspendedBadge({ suspendedAt }: { suspendedAt: Date | null }) {
  const t = await getT();
  return suspendedAt ? <Badge className="bg-red-50 text-red-700 ring-red-200">{t("admin.suspended")}</Badge> : <Badge className="bg-emerald-50 text-emerald-700 ring-emerald-200">{t("admin.active")}</Badge>;
}
