import { chatEvents, conversationForVisitor, liveEventsResponse } from "@/server/chat";
import { getDb } from "@/server/db";
import { DomainError } from "@/server/errors";

export const dynamic = "force-dynamic";

/** The customer's live feed (streamed answer pieces, agent replies, status). The visitor token travels in a header. */
export async function GET(request: Request) {
  const token = request.headers.get("x-visitor-token") ?? "";
  try {
    const conversation = await conversationForVisitor(getDb(), token);
    return liveEventsResponse((send) => chatEvents().onConversation(conversation.id, send), request.signal);
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
