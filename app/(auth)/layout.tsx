import type { ReactNode } from "react";
import { LocaleSwitch } from "@/app/_components/locale-switch";
import { Logo } from "@/app/_components/logo";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 py-12">
      <div className="flex w-full max-w-sm items-center justify-between">
        <Logo />
        <LocaleSwitch />
      </div>
      <main className="w-full max-w-sm">{children}</main>
    </div>
  );
}
