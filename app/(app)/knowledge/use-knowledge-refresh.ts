"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";

/** Invalidates every knowledge query (list, get, status, search) after a change. */
export function useKnowledgeRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.knowledge.pathKey() });
}
