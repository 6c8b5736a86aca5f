"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/app/_i18n/client";
import { cn } from "@/app/_components/ui/cn";

export const ADMIN_TABS = [
  { href: "/admin", key: "overview" },
  { href: "/admin/organizations", key: "organizations" },
  { href: "/admin/users", key: "users" },
  { href: "/admin/usage", key: "usage" },
  { href: "/admin/workers", key: "workers" },
  { href: "/admin/billing-sync", key: "billingSync" },
  { href: "/admin/audit", key: "audit" },
] as const;

export function AdminTabs() {
  const { t } = useI18n();
  const pathname = usePathname();
  return (
    <nav aria-label={t("adminConsole.tabsLabel")} className="-mx-4 overflow-x-auto px-4">
      <ul className="flex gap-1 border-b border-slate-200 text-sm whitespace-nowrap">
        {ADMIN_TABS.map((tab) => {
          const active = tab.href === "/admin" ? pathname === "/admin" : pathname.startsWith(tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn("inline-block border-b-2 px-3 py-2 font-medium", active ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900")}
              >
                {t(`adminConsole.tabs.${tab.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
