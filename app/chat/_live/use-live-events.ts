"use client";

import { useEffect, useRef } from "react";

const RETRY_MS = 2_000;

/**
 * Reads a server-sent-events feed with fetch (so the visitor token can travel in a header rather than the URL),
 * reconnecting after a pause when it drops. `onEvent` gets each parsed `data:` payload.
 */
export function useLiveEvents<E>(url: string | null, headers: Record<string, string>, onEvent: (event: E) => void) {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const headerKey = JSON.stringify(headers);

  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    const requestHeaders = JSON.parse(headerKey) as Record<string, string>;
    const listen = async () => {
      while (!controller.signal.aborted) {
        try {
          const response = await fetch(url, { headers: requestHeaders, signal: controller.signal, cache: "no-store" });
          if (!response.ok || !response.body) throw new Error(`live feed answered ${response.status}`);
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = "";
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += value;
            const frames = buffer.split("\n\n");
            buffer = frames.pop() ?? "";
            for (const frame of frames) {
              const data = frame.split("\n").find((line) => line.startsWith("data: "));
              if (data) handler.current(JSON.parse(data.slice(6)) as E);
            }
          }
        } catch {
          if (controller.signal.aborted) return;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    };
    void listen();
    return () => controller.abort();
  }, [url, headerKey]);
}
