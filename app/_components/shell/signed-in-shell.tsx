import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { serverApi } from "@/app/_trpc/server";
import { getInference } from "@/server/inference";
import { AppShell } from "./app-shell";

/** The signed-in frame: redirects guests to sign-in, and platform pages to non-admins' dashboard when `adminOnly`. */
export async function SignedInShell({ children, adminOnly = false }: { children: ReactNode; adminOnly?: boolean }) {
  const { api, ctx } = await serverApi();
  if (!ctx.user || ctx.user.suspended) redirect("/sign-in");
  if (adminOnly && !ctx.user.isPlatformAdmin) redirect("/dashboard");
  const [organizations, models] = await Promise.all([api.organizations.list(), getInference().models()]);
  return (
    <AppShell
      user={{ name: ctx.user.name ?? ctx.user.email, email: ctx.user.email, isPlatformAdmin: ctx.user.isPlatformAdmin }}
      organizations={organizations}
      activeOrganizationId={ctx.organization?.id ?? null}
      demoModels={models.some((m) => m.tiny && m.present)}
    >
      {children}
    </AppShell>
  );
}
