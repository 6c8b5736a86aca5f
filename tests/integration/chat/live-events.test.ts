import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { ChatEventBus, type InboxEvent } from "@/server/chat";

const REDIS_URL = "redis://127.0.0.1:6379";
const event: InboxEvent = { type: "conversation", conversationId: "c1", status: "ESCALATED" };
const buses: ChatEventBus[] = [];
afterEach(async () => {
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
});

function redisBus(prefix: string) {
  const bus = new ChatEventBus({ redisUrl: REDIS_URL, prefix });
  buses.push(bus);
  return bus;
}

const nextEvent = (subscribe: (listener: (e: InboxEvent) => void) => () => void) =>
  new Promise<InboxEvent>((resolve) => {
    const stop = subscribe((e) => {
      stop();
      resolve(e);
    });
  });

describe("live chat events", () => {
  it("in one process: delivered once to local listeners", () => {
    const bus = new ChatEventBus();
    const received: InboxEvent[] = [];
    const stop = bus.onInbox("org-1", (e) => received.push(e));
    bus.publishInbox("org-1", event);
    bus.publishInbox("org-2", event);
    stop();
    bus.publishInbox("org-1", event);
    expect(received).toEqual([event]);
  });

  it("with Redis: an event published on one app server reaches listeners on another, and its own, once each", async () => {
    const prefix = `lumen:test:${randomBytes(4).toString("hex")}:`;
    const serverA = redisBus(prefix);
    const serverB = redisBus(prefix);
    await Promise.all([serverA.ready, serverB.ready]);
    const onB = nextEvent((l) => serverB.onInbox("org-1", l));
    const onA: InboxEvent[] = [];
    serverA.onInbox("org-1", (e) => onA.push(e));

    serverA.publishInbox("org-1", event);
    expect(await onB).toEqual(event);
    await expect.poll(() => onA).toEqual([event]);
  });
});
