import type { ReactNode } from "react";
import { SignedInShell } from "@/app/_components/shell/signed-in-shell";
import { getT } from "@/app/_i18n/server";
import { AdminTabs } from "./_components/admin-tabs";

export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getT();
  return (
    <SignedInShell adminOnly>
      <div className="mx-auto max-w-6xl space-y-6">
        <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
        <AdminTabs />
        {children}
      </div>
    </SignedInShell>
  );
}
