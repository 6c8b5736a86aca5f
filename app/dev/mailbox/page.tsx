import { notFound } from "next/navigation";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { getT } from "@/app/_i18n/server";
import { getDb } from "@/server/db";
import { isDevMailboxEnabled, listMailbox } from "@/server/mail";

export const dynamic = "force-dynamic";
export const metadata = { title: "Development mailbox", robots: { index: false } };

/** Development only (DEV_MAILBOX=true): shows every outgoing email, since none is really sent. */
export default async function DevMailboxPage() {
  if (!isDevMailboxEnabled()) notFound();
  const t = await getT();
  const emails = await listMailbox(getDb());
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <h1 className="text-2xl font-semibold">{t("mailbox.title")}</h1>
      <p className="text-slate-600">{t("mailbox.body")}</p>
      {emails.length === 0 ? (
        <EmptyState title={t("mailbox.empty")} />
      ) : (
        <ul className="space-y-4">
          {emails.map((email) => (
            <li key={email.id}>
              <Card data-testid="mailbox-message">
                <p className="text-sm text-slate-500">
                  {t("mailbox.to")}: <span data-testid="mailbox-to">{email.to}</span> · {email.createdAt.toISOString()}
                </p>
                <h2 className="mt-1 font-semibold">{email.subject}</h2>
                <pre className="mt-3 font-sans text-sm whitespace-pre-wrap text-slate-700">{linkify(email.text)}</pre>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    part.startsWith("http") ? (
      <a key={i} href={part} className="text-indigo-600 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
