import Link from "next/link";
import { getT } from "@/app/_i18n/server";

/** Previous / "page n of m" / next, keeping the other query parameters. */
export async function Pagination({ basePath, query, page, pageSize, total }: { basePath: string; query: Record<string, string | undefined>; page: number; pageSize: number; total: number }) {
  const t = await getT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (target: number) => {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
    params.set("page", String(target));
    return `${basePath}?${params}`;
  };
  return (
    <nav className="mt-4 flex items-center justify-between text-sm" aria-label={t("adminConsole.pagination")}>
      {page > 1 ? <Link href={href(page - 1)}>{t("common.previous")}</Link> : <span />}
      <span className="text-slate-500">{t("common.pageOf", { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)}>{t("common.next")}</Link> : <span />}
    </nav>
  );
}
