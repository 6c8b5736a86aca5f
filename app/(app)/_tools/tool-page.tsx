import type { ReactNode } from "react";
import { getT } from "@/app/_i18n/server";

/** Heading and one-line description above a tool. */
export async function ToolPage({ tool, children }: { tool: "sentiment" | "translate" | "vision"; children: ReactNode }) {
  const t = await getT();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t(`tools.${tool}Title`)}</h1>
        <p className="mt-1 text-slate-600">{t(`tools.${tool}Body`)}</p>
      </div>
      {children}
    </div>
  );
}
