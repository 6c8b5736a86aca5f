import { EventEmitter } from "node:events";
import type { ConversationStatus } from "@/server/db";
import type { CustomerMessageView } from "./views";

/** What the customer's page hears: never notes, sentiment or agent-only data. */
export type ConversationEvent =
  | { type: "message"; message: CustomerMessageView }
  | { type: "delta"; draftId: string; text: string }
  | { type: "status"; status: ConversationStatus };

/** What the agents of an organization hear: which conversation changed; the inbox refetches through tRPC. */
export interface InboxEvent {
  type: "conversation";
  conversationId: string;
  status: ConversationStatus;
}

/**
 * In-process publish/subscribe. Every app server holds its own, so with several servers a customer and an agent on
 * different machines would not hear each other live; their pages also refetch periodically (see docs/support-chat.md).
 */
export class ChatEventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publishConversation(conversationId: string, event: ConversationEvent) {
    this.emitter.emit(`conversation:${conversationId}`, event);
  }

  publishInbox(organizationId: string, event: InboxEvent) {
    this.emitter.emit(`inbox:${organizationId}`, event);
  }

  onConversation(conversationId: string, listener: (event: ConversationEvent) => void): () => void {
    return this.listen(`conversation:${conversationId}`, listener);
  }

  onInbox(organizationId: string, listener: (event: InboxEvent) => void): () => void {
    return this.listen(`inbox:${organizationId}`, listener);
  }

  private listen<E>(channel: string, listener: (event: E) => void) {
    this.emitter.on(channel, listener);
    return () => void this.emitter.off(channel, listener);
  }
}

const BUS = Symbol.for("lumen.chat.events");
type GlobalWithBus = typeof globalThis & { [BUS]?: ChatEventBus };

/** The process-wide bus (kept across Next dev reloads, shared by tRPC procedures and SSE routes). */
export function chatEvents(): ChatEventBus {
  const holder = globalThis as GlobalWithBus;
  return (holder[BUS] ??= new ChatEventBus());
}
