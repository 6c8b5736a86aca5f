"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import { LocaleSwitch } from "@/app/_components/locale-switch";
import { Logo } from "@/app/_components/logo";
import { cn } from "@/app/_components/ui/cn";
import { useI18n } from "@/app/_i18n/client";
import { signOutAction } from "@/app/(auth)/actions";
import { OrganizationSwitcher, type OrganizationOption } from "./organization-switcher";

const NAV = [
  { href: "/dashboard", key: "overview" },
  { href: "/chat", key: "chat" },
  { href: "/translate", key: "translate" },
  { href: "/sentiment", key: "sentiment" },
  { href: "/vision", key: "vision" },
  { href: "/knowledge", key: "knowledge" },
  { href: "/keys", key: "apiKeys" },
  { href: "/usage", key: "usage" },
  { href: "/settings", key: "settings" },
] as const;

interface ShellProps {
  user: { name: string; email: string; isPlatformAdmin: boolean };
  organizations: OrganizationOption[];
  activeOrganizationId: string | null;
  /** Tiny generated models stand in for real ones: every page says so. */
  demoModels: boolean;
  children: ReactNode;
}

export function AppShell({ user, organizations, activeOrganizationId, demoModels, children }: ShellProps) {
  const { t } = useI18n();
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);
  const items = user.isPlatformAdmin ? [...NAV, { href: "/admin", key: "admin" } as const] : NAV;

  return (
    <div className="min-h-dvh lg:flex">
      <aside className="border-b border-slate-200 bg-white lg:min-h-dvh lg:w-64 lg:border-r lg:border-b-0">
        <div className="flex items-center justify-between px-4 py-3">
          <Logo href="/dashboard" />
          <button
            type="button"
            className="rounded-md p-2 text-slate-600 ring-1 ring-slate-300 lg:hidden"
            aria-expanded={menuOpen}
            aria-controls="app-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="sr-only">{t("nav.mainNavigation")}</span>☰
          </button>
        </div>
        <div id="app-nav" className={cn("space-y-4 px-3 pb-4 lg:block", menuOpen ? "block" : "hidden")}>
          <OrganizationSwitcher organizations={organizations} activeId={activeOrganizationId} />
          <nav aria-label={t("nav.mainNavigation")}>
            <ul className="space-y-1">
              {items.map((item) => {
                const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={active ? "page" : undefined}
                      className={cn(
                        "block rounded-md px-3 py-2 text-sm font-medium",
                        active ? "bg-indigo-50 text-indigo-700" : "text-slate-700 hover:bg-slate-100",
                      )}
                    >
                      {t(`nav.${item.key}`)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="space-y-2 border-t border-slate-200 pt-4 text-sm">
            <p className="truncate px-3 text-slate-600" title={user.email}>
              {user.name}
            </p>
            <div className="flex items-center justify-between px-3">
              <LocaleSwitch />
              <form action={signOutAction}>
                <button type="submit" className="text-slate-600 hover:text-slate-900">
                  {t("nav.signOut")}
                </button>
              </form>
            </div>
          </div>
        </div>
      </aside>
      <main className="flex-1 px-4 py-6 lg:px-10 lg:py-10">
        {demoModels && (
          <p data-testid="demo-models-banner" className="mx-auto mb-6 max-w-5xl rounded-md bg-amber-50 px-4 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
            {t("app.demoModels")}
          </p>
        )}
        {children}
      </main>
    </div>
  );
}
