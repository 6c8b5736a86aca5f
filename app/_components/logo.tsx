import Link from "next/link";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-2 font-semibold text-slate-900">
      <span aria-hidden className="grid size-7 place-items-center rounded-lg bg-indigo-600 text-sm text-white">L</span>
      Lumen
    </Link>
  );
}
