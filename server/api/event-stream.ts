import { toApiError } from "./errors";
import type { Usage } from "./handler-types";

export const SSE_DONE = "data: [DONE]\n\n";
const sseData = (value: unknown) => `data: ${JSON.stringify(value)}\n\n`;

export interface EventStreamHooks {
  /** Runs after the last event and before `[DONE]`, with everything sent so far; a throw becomes an error event. */
  finish(usage: Usage, transcript: string): Promise<void>;
  /** Runs when the stream fails or the client leaves. */
  abandon(): Promise<void>;
}

/**
 * Server-sent events in OpenAI's framing: `data: <json>` per event, an `error` event on failure after the
 * headers went out, `data: [DONE]` at the end. `first` was pulled before the response, so early failures
 * still get a proper status code.
 */
export function eventStreamResponse(
  first: IteratorResult<unknown, Usage>,
  events: AsyncGenerator<unknown, Usage>,
  headers: Headers,
  requestId: string,
  hooks: EventStreamHooks,
): Response {
  const encoder = new TextEncoder();
  let pending: IteratorResult<unknown, Usage> | null = first;
  let transcript = "";
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const send = (text: string) => {
        transcript += text;
        controller.enqueue(encoder.encode(text));
      };
      try {
        const next = pending ?? (await events.next());
        pending = null;
        if (!next.done) return send(sseData(next.value));
        await hooks.finish(next.value, transcript + SSE_DONE);
        send(SSE_DONE);
        controller.close();
      } catch (error) {
        await hooks.abandon();
        send(sseData(toApiError(error, requestId).body(requestId)));
        controller.close();
      }
    },
    async cancel() {
      await events.return(undefined as never);
      await hooks.abandon();
    },
  });
  headers.set("content-type", "text/event-stream; charset=utf-8");
  headers.set("cache-control", "no-cache, no-transform");
  headers.set("x-accel-buffering", "no");
  return new Response(stream, { status: 200, headers });
}

/** Stored idempotent responses keep their framing: an event stream starts with `data:`. */
export const storedContentType = (body: string) =>
  body.startsWith("data:") ? "text/event-stream; charset=utf-8" : "application/json; charset=utf-8";
