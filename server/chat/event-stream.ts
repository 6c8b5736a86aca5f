const HEARTBEAT_MS = 15_000;

/**
 * A server-sent-events response fed by a bus subscription: one `data: <json>` line per event, a comment every 15 s
 * so proxies keep the connection open, and the subscription dropped when the client leaves.
 */
export function liveEventsResponse<E>(subscribe: (send: (event: E) => void) => () => void, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = subscribe((event) => write(`data: ${JSON.stringify(event)}\n\n`));
      const heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      signal.addEventListener("abort", () => {
        cleanup();
        controller.close();
      }, { once: true });
      write(": connected\n\n");
    },
    cancel: () => cleanup(),
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
  });
}
