import { EventEmitter } from "node:events";
import { Redis } from "ioredis";
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
 * Publish/subscribe for live chat updates. In-process by default; with a Redis URL every event goes through Redis
 * pub/sub, so a customer and an agent connected to different app servers still hear each other at once.
 */
export class ChatEventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly redis: { publisher: Redis; subscriber: Redis; prefix: string } | null;
  /** Settles once events from other servers can arrive (immediately without Redis). */
  readonly ready: Promise<void>;

  constructor(options: { redisUrl?: string; prefix?: string } = {}) {
    if (!options.redisUrl) {
      this.redis = null;
      this.ready = Promise.resolve();
      return;
    }
    const prefix = options.prefix ?? "lumen:chat:";
    const subscriber = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    this.redis = { publisher: new Redis(options.redisUrl), subscriber, prefix };
    // Events arrive back here from Redis, including this server's own: local listeners fire exactly once.
    this.ready = subscriber.psubscribe(`${prefix}*`).then(() => undefined);
    subscriber.on("pmessage", (_pattern, channel: string, payload: string) => {
      this.emitter.emit(channel.slice(prefix.length), JSON.parse(payload));
    });
  }

  publishConversation(conversationId: string, event: ConversationEvent) {
    this.publish(`conversation:${conversationId}`, event);
  }

  publishInbox(organizationId: string, event: InboxEvent) {
    this.publish(`inbox:${organizationId}`, event);
  }

  async close(): Promise<void> {
    if (!this.redis) return;
    await Promise.all([this.redis.publisher.quit(), this.redis.subscriber.quit()]);
  }

  private publish(channel: string, event: ConversationEvent | InboxEvent) {
    if (!this.redis) {
      this.emitter.emit(channel, event);
      return;
    }
    this.redis.publisher.publish(`${this.redis.prefix}${channel}`, JSON.stringify(event)).catch((error: unknown) => {
      console.error(`[chat] live update on ${channel} not published:`, error);
    });
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

/** The process-wide bus (kept across Next dev reloads, shared by tRPC procedures and SSE routes); Redis when `REDIS_URL` is set. */
export function chatEvents(): ChatEventBus {
  const holder = globalThis as GlobalWithBus;
  return (holder[BUS] ??= new ChatEventBus({ redisUrl: process.env.REDIS_URL?.trim() || undefined, prefix: process.env.CHAT_EVENTS_PREFIX }));
}
