import type { ReactNode } from "react";
import { cn } from "@/app/_components/ui/cn";

const TONES = {
  mine: "ml-auto bg-indigo-600 text-white",
  theirs: "mr-auto bg-slate-100 text-slate-900",
  system: "mx-auto bg-amber-50 text-amber-900 ring-1 ring-amber-200 text-center",
} as const;

/** One chat message. Text is rendered as React text (never as HTML), so markup in a message stays inert. */
export function Bubble({ tone, text, label, children }: { tone: keyof typeof TONES; text: string; label?: string; children?: ReactNode }) {
  return (
    <li className={cn("max-w-[85%] rounded-2xl px-4 py-2 text-sm", TONES[tone])} data-testid="chat-message">
      {label && <p className="mb-0.5 text-xs font-semibold opacity-70">{label}</p>}
      <p className="whitespace-pre-wrap break-words">{text}</p>
      {children}
    </li>
  );
}
