import { getT } from "@/app/_i18n/server";

export async function SearchForm({ value }: { value?: string }) {
  const t = await getT();
  return (
    <form className="mb-4 flex gap-2" role="search">
      <input
        name="q"
        defaultValue={value}
        maxLength={200}
        placeholder={t("common.search")}
        aria-label={t("common.search")}
        className="min-w-0 flex-1 rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300 ring-inset"
      />
      <button type="submit" className="rounded-md bg-white px-3 py-2 text-sm font-semibold ring-1 ring-slate-300 ring-inset">
        {t("common.search")}
      </button>
    </form>
  );
}
