"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Card } from "@/app/_components/ui/card";
import { cn } from "@/app/_components/ui/cn";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { useI18n } from "@/app/_i18n/client";
import { useTRPC } from "@/app/_trpc/client";
import { useLiveEvents } from "@/app/chat/_live/use-live-events";
import type { InboxEvent, InboxQueue } from "@/server/chat";
import { ConversationPanel } from "./conversation-panel";

const QUEUES: InboxQueue[] = ["escalated", "assigned", "bot", "resolved"];
const POLL_MS = 20_000;

/** Queues with counts, one page of the chosen queue, and the selected conversation; updated live from the inbox feed. */
export function SupportInbox() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [queue, setQueue] = useState<InboxQueue>("escalated");
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string | null>(null);
  const counts = useQuery({ ...trpc.support.counts.queryOptions(), refetchInterval: POLL_MS });
  const inbox = useQuery({ ...trpc.support.inbox.queryOptions({ queue, page }), refetchInterval: POLL_MS });

  useLiveEvents<InboxEvent>("/api/chat/inbox/events", {}, () => {
    void queryClient.invalidateQueries({ queryKey: trpc.support.pathKey() });
  });

  const list = inbox.data;
  return (
    <div className="grid gap-4 lg:grid-cols-[20rem_1fr]">
      <Card className="space-y-3 p-4">
        <nav className="grid grid-cols-2 gap-1" aria-label={t("support.inbox.queues")}>
          {QUEUES.map((q) => (
            <button
              key={q}
              type="button"
              aria-current={q === queue ? "page" : undefined}
              className={cn("flex items-center justify-between rounded-md px-2 py-1.5 text-sm", q === queue ? "bg-indigo-50 font-semibold text-indigo-700" : "hover:bg-slate-50")}
              onClick={() => {
                setQueue(q);
                setPage(1);
              }}
            >
              <span>{t(`support.inbox.queue.${q}`)}</span>
              <span className="rounded-full bg-slate-100 px-2 text-xs" data-testid={`count-${q}`}>{counts.data?.[q] ?? "–"}</span>
            </button>
          ))}
        </nav>
        {list && list.items.length === 0 && <EmptyState title={t("support.inbox.empty")} />}
        <ul className="divide-y divide-slate-100" data-testid="inbox-list">
          {list?.items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={cn("w-full px-2 py-2 text-left text-sm hover:bg-slate-50", item.id === selected && "bg-slate-100")}
                onClick={() => setSelected(item.id)}
              >
                <span className="flex justify-between gap-2">
                  <span className="font-medium">{item.customerName ?? t("support.inbox.visitor")}</span>
                  <span className="text-xs text-slate-500">{new Date(item.lastMessageAt).toLocaleTimeString()}</span>
                </span>
                <span className="line-clamp-2 text-slate-600">{item.preview}</span>
                {item.escalationReason && <span className="text-xs text-amber-700">{t(`support.reason.${item.escalationReason}`)}</span>}
              </button>
            </li>
          ))}
        </ul>
        {list && list.pages > 1 && (
          <div className="flex items-center justify-between text-sm">
            <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t("common.previous")}</button>
            <span>{t("common.pageOf", { page, pages: list.pages })}</span>
            <button type="button" disabled={page >= list.pages} onClick={() => setPage(page + 1)}>{t("common.next")}</button>
          </div>
        )}
      </Card>
      {selected ? <ConversationPanel conversationId={selected} /> : <EmptyState title={t("support.inbox.pick")} />}
    </div>
  );
}
