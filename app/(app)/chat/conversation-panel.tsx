"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardHeader } from "@/app/_components/ui/card";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { errorText } from "@/app/_trpc/errors";
import { Bubble } from "@/app/chat/_live/bubble";
import type { AgentMessageView } from "@/server/chat";
import { SentimentSparkline } from "./sentiment-sparkline";

export function ConversationPanel({ conversationId }: { conversationId: string }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [showOriginal, setShowOriginal] = useState(false);
  const [reply, setReply] = useState("");
  const [note, setNote] = useState("");
  const view = useQuery(trpc.support.view.queryOptions({ conversationId }));
  const canned = useQuery(trpc.support.cannedResponses.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.support.pathKey() });
  const claim = useMutation(trpc.support.claim.mutationOptions({ onSuccess: refresh }));
  const resolve = useMutation(trpc.support.resolve.mutationOptions({ onSuccess: refresh }));
  const send = useMutation(trpc.support.reply.mutationOptions({ onSuccess: () => { setReply(""); void refresh(); } }));
  const addNote = useMutation(trpc.support.addNote.mutationOptions({ onSuccess: () => { setNote(""); void refresh(); } }));
  const error = view.error ?? claim.error ?? resolve.error ?? send.error ?? addNote.error;

  const data = view.data;
  if (!data) return <Card>{error ? <Alert tone="error">{errorText(error, t)}</Alert> : t("common.loading")}</Card>;
  const open = data.status !== "RESOLVED";
  return (
    <Card className="space-y-4" data-testid="conversation-panel">
      <CardHeader
        title={data.customerName ?? t("support.inbox.visitor")}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge>{t(`support.inbox.queue.${data.status === "BOT" ? "bot" : data.status.toLowerCase()}`)}</Badge>
            {data.escalationReason && <span>{t(`support.reason.${data.escalationReason}`)}</span>}
            {data.assignedTo && <span>{t("support.inbox.assignedTo", { name: data.assignedTo.name })}</span>}
            <SentimentSparkline scores={data.sentimentTrend} label={t("support.inbox.trend")} />
          </span>
        }
        action={
          <div className="flex gap-2">
            {open && data.status !== "ASSIGNED" && <Button variant="secondary" pending={claim.isPending} onClick={() => claim.mutate({ conversationId })}>{t("support.inbox.claim")}</Button>}
            {open && <Button variant="secondary" pending={resolve.isPending} onClick={() => resolve.mutate({ conversationId })}>{t("support.inbox.resolve")}</Button>}
          </div>
        }
      />
      <label className="flex items-center gap-2 text-sm text-slate-600">
        <input type="checkbox" checked={showOriginal} onChange={(e) => setShowOriginal(e.target.checked)} />
        {t("support.inbox.showOriginal")}
      </label>
      <ol className="flex max-h-[28rem] flex-col gap-3 overflow-y-auto" data-testid="agent-messages">
        {data.messages.map((m) => <AgentMessage key={m.id} message={m} showOriginal={showOriginal} />)}
      </ol>
      {data.csat && <p className="text-sm">{t("support.inbox.csat", { score: data.csat.score })} {data.csat.comment}</p>}
      {error && <Alert tone="error">{errorText(error, t)}</Alert>}
      {open && (
        <form className="space-y-2" onSubmit={(e) => { e.preventDefault(); if (reply.trim()) send.mutate({ conversationId, text: reply }); }}>
          {!!canned.data?.length && (
            <select className="rounded-md text-sm ring-1 ring-slate-300" aria-label={t("support.inbox.canned")} value="" onChange={(e) => setReply(e.target.value)}>
              <option value="">{t("support.inbox.canned")}</option>
              {canned.data.map((c) => <option key={c.id} value={c.body}>{c.title}</option>)}
            </select>
          )}
          <textarea className="block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300" rows={3} value={reply} maxLength={4000} aria-label={t("support.inbox.reply")} placeholder={t("support.inbox.replyHint")} onChange={(e) => setReply(e.target.value)} />
          <Button type="submit" pending={send.isPending}>{t("support.inbox.send")}</Button>
        </form>
      )}
      <section className="space-y-2 rounded-lg bg-amber-50 p-3">
        <h3 className="text-sm font-semibold">{t("support.inbox.notes")}</h3>
        <ul className="space-y-1 text-sm">{data.notes.map((n) => <li key={n.id}><span className="font-medium">{n.author}:</span> <span className="whitespace-pre-wrap">{n.body}</span></li>)}</ul>
        <form className="flex gap-2" onSubmit={(e) => { e.preventDefault(); if (note.trim()) addNote.mutate({ conversationId, body: note }); }}>
          <input className="flex-1 rounded-md px-2 py-1 text-sm ring-1 ring-slate-300" value={note} maxLength={4000} aria-label={t("support.inbox.addNote")} placeholder={t("support.inbox.noteHint")} onChange={(e) => setNote(e.target.value)} />
          <Button type="submit" variant="secondary" pending={addNote.isPending}>{t("support.inbox.addNote")}</Button>
        </form>
      </section>
    </Card>
  );
}

function AgentMessage({ message, showOriginal }: { message: AgentMessageView; showOriginal: boolean }) {
  const { t } = useI18n();
  const tone = message.author === "CUSTOMER" ? "theirs" : message.author === "SYSTEM" ? "system" : "mine";
  return (
    <Bubble tone={tone} text={showOriginal ? message.original : message.text} label={t(`support.author.${message.author}`)}>
      <div className="mt-1 flex flex-wrap gap-1 text-xs">
        {message.sentiment && (
          <Badge className={message.sentiment.label === "NEGATIVE" ? "bg-red-50 text-red-700" : "bg-emerald-50 text-emerald-700"}>
            {t(`support.sentiment.${message.sentiment.label}`)} {message.sentiment.score.toFixed(2)}
          </Badge>
        )}
        {message.translated && !showOriginal && <span className="opacity-70">{t("support.inbox.translated")}</span>}
        {message.citations.map((c) => <span key={c.documentId} className="opacity-70">[{c.externalId ?? c.title}]</span>)}
      </div>
      {message.attachments.map((a) => (
        <div key={a.id} className="mt-1 text-xs opacity-80">
          {t("support.inbox.image")}: {a.labels.map((l) => l.label).join(", ")}
          {a.ocrText && <p className="whitespace-pre-wrap">{t("support.inbox.ocr")}: {a.ocrText}</p>}
        </div>
      ))}
    </Bubble>
  );
}
