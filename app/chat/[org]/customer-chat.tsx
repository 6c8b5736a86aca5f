"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";
import type { CustomerMessageView } from "@/server/chat";
import { Bubble } from "../_live/bubble";
import { Composer } from "./composer";
import { CsatForm } from "./csat-form";
import { useVisitorConversation } from "./use-visitor-conversation";

export function CustomerChat({ organization }: { organization: { name: string; slug: string } }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const chat = useVisitorConversation(organization.slug, locale);
  const send = useMutation(trpc.support.send.mutationOptions({ onSettled: () => { chat.clearDraft(); void chat.refresh(); } }));
  const human = useMutation(trpc.support.requestHuman.mutationOptions({ onSuccess: () => void chat.refresh() }));
  const view = chat.conversation.data;
  const status = view?.status ?? "BOT";
  const endRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<string | null>(null);

  // Chromium's scrollIntoView now returns a promise, which an effect must not return.
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: "end" });
  }, [view?.messages.length, chat.draft?.text, pending]);

  const submit = async (text: string, image?: string) => {
    setPending(text);
    try {
      const token = await chat.ensureToken();
      await send.mutateAsync({ token, text, image });
    } finally {
      setPending(null);
    }
  };

  return (
    <>
      <header className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3">
        <div>
          <h1 className="text-base font-semibold">{t("support.customer.title", { name: organization.name })}</h1>
          <p className="text-xs text-slate-500" data-testid="chat-status">{t(`support.customer.status.${status}`)}</p>
        </div>
        {status === "BOT" && chat.token && (
          <Button variant="secondary" pending={human.isPending} onClick={() => human.mutate({ token: chat.token! })}>
            {t("support.customer.talkToPerson")}
          </Button>
        )}
      </header>
      <ol className="flex flex-1 flex-col gap-3 overflow-y-auto px-4 py-4" aria-live="polite">
        {!view?.messages.length && !pending && <li className="text-center text-sm text-slate-500">{t("support.customer.welcome")}</li>}
        {view?.messages.map((message) => <CustomerMessage key={message.id} message={message} token={chat.token!} onRated={() => void chat.refresh()} />)}
        {pending !== null && !view?.messages.some((m) => m.author === "CUSTOMER" && m.text === pending) && <Bubble tone="mine" text={pending} />}
        {chat.draft && <Bubble tone="theirs" text={chat.draft.text} label={t("support.customer.bot")} />}
        {send.isPending && !chat.draft && <li className="mr-auto text-xs text-slate-500">{t("support.customer.thinking")}</li>}
        <div ref={endRef} />
      </ol>
      {(send.error || human.error || chat.conversation.error) && (
        <Alert tone="error" className="mx-4 mb-2">
          {errorText(send.error ?? human.error ?? chat.conversation.error, t)}
          {chat.conversation.error && (
            <Button variant="ghost" className="ml-2" onClick={chat.startOver}>{t("support.customer.startOver")}</Button>
          )}
        </Alert>
      )}
      {status === "RESOLVED" ? (
        <div className="space-y-3 border-t border-slate-200 p-4">
          {view && view.csatScore === null ? <CsatForm token={chat.token!} onDone={() => void chat.refresh()} /> : <p className="text-sm text-slate-600">{t("support.customer.thanksForRating")}</p>}
          <Button variant="secondary" onClick={chat.startOver}>{t("support.customer.startOver")}</Button>
        </div>
      ) : (
        <Composer disabled={send.isPending} onSend={submit} />
      )}
    </>
  );
}

function CustomerMessage({ message, token, onRated }: { message: CustomerMessageView; token: string; onRated: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const rate = useMutation(trpc.support.rateAnswer.mutationOptions({ onSuccess: onRated }));
  if (message.author === "CUSTOMER") {
    return <Bubble tone="mine" text={message.text || t("support.customer.imageOnly")} />;
  }
  if (message.author === "SYSTEM") return <Bubble tone="system" text={message.text} />;
  return (
    <Bubble tone="theirs" text={message.text} label={t(message.author === "BOT" ? "support.customer.bot" : "support.customer.agent")}>
      {message.citations.length > 0 && (
        <ul className="mt-2 space-y-1 border-t border-slate-200 pt-2 text-xs text-slate-600" data-testid="citations">
          {message.citations.map((c) => (
            <li key={c.documentId}>
              {t("support.customer.source")}: <span className="font-medium">{c.title}</span>
              {c.externalId && <span className="ml-1 text-slate-400">[{c.externalId}]</span>}
            </li>
          ))}
        </ul>
      )}
      {message.author === "BOT" && (
        <div className="mt-2 flex gap-1 text-xs">
          {[true, false].map((helpful) => (
            <button
              key={String(helpful)}
              type="button"
              aria-pressed={message.feedback === (helpful ? 1 : -1)}
              aria-label={t(helpful ? "support.customer.helpful" : "support.customer.notHelpful")}
              className="rounded px-1.5 py-0.5 hover:bg-slate-200 aria-pressed:bg-slate-300"
              onClick={() => rate.mutate({ token, messageId: message.id, helpful })}
            >
              <ThumbIcon down={!helpful} />
            </button>
          ))}
        </div>
      )}
    </Bubble>
  );
}

/** Drawn, not an emoji: machines without an emoji font would show empty boxes. */
function ThumbIcon({ down }: { down: boolean }) {
  return (
    <svg viewBox="0 0 16 16" className={`size-3.5 ${down ? "rotate-180" : ""}`} aria-hidden fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round">
      <path d="M5 7v7H2.5V7H5Zm0 0 3-5.5c1 0 1.8.8 1.6 1.8L9.2 6H13a1.5 1.5 0 0 1 1.5 1.8l-1 5A1.5 1.5 0 0 1 12 14H5" />
    </svg>
  );
}
