import type { ReactNode } from "react";
import { SignedInShell } from "@/app/_components/shell/signed-in-shell";

export const dynamic = "force-dynamic";

export default function SignedInLayout({ children }: { children: ReactNode }) {
  return <SignedInShell>{children}</SignedInShell>;
}
