"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import type { ConversationEvent } from "@/server/chat";
import { useLiveEvents } from "../_live/use-live-events";

const POLL_MS = 15_000;
const storageKey = (slug: string) => `lumen-support:${slug}`;

/** The customer's conversation: its token (kept in localStorage), messages, the streaming draft and the live feed. */
export function useVisitorConversation(slug: string, locale: "en" | "zh") {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [token, setToken] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ id: string; text: string } | null>(null);

  useEffect(() => {
    setToken(localStorage.getItem(storageKey(slug)));
  }, [slug]);

  const conversation = useQuery({
    ...trpc.support.conversation.queryOptions({ token: token ?? "" }),
    enabled: token !== null,
    refetchInterval: POLL_MS,
    retry: false,
  });
  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: trpc.support.conversation.queryKey() }), [queryClient, trpc]);

  useLiveEvents<ConversationEvent>(token ? "/api/chat/conversation/events" : null, token ? { "x-visitor-token": token } : {}, (event) => {
    if (event.type === "delta") setDraft((d) => ({ id: event.draftId, text: d?.id === event.draftId ? d.text + event.text : event.text }));
    else {
      if (event.type === "message" && event.message.author === "BOT") setDraft(null);
      void refresh();
    }
  });

  const start = useMutation(trpc.support.start.mutationOptions());
  const ensureToken = useCallback(async () => {
    if (token) return token;
    const started = await start.mutateAsync({ organization: slug, language: locale });
    localStorage.setItem(storageKey(slug), started.token);
    setToken(started.token);
    return started.token;
  }, [token, start, slug, locale]);

  const startOver = useCallback(() => {
    localStorage.removeItem(storageKey(slug));
    setToken(null);
    queryClient.removeQueries({ queryKey: trpc.support.conversation.queryKey() });
  }, [slug, queryClient, trpc]);

  return { token, conversation, draft, ensureToken, refresh, startOver, clearDraft: () => setDraft(null) };
}
