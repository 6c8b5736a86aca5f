import { describe, expect, it } from "vitest";
import { addNote, chatEvents, claimConversation, customerConversation, replyAsAgent, requestHuman, type ConversationEvent } from "@/server/chat";
import { testDb } from "@/tests/helpers/db";
import { callerFor, rejectsWithCode } from "@/tests/helpers/factories";
import { customerOf, supportOrganization, useTinyModels } from "./chat-kit";

const db = testDb();
useTinyModels();

describe("agents and customers across languages", () => {
  it("a Chinese-speaking customer gets the agent's English reply in Chinese, and the agent reads the customer in English", async () => {
    const { owner, organization } = await supportOrganization(db, "zh-customer", []);
    const customer = await customerOf(db, organization.slug);
    await customer.say("我想要退款。");
    await requestHuman(db, customer.token);

    const heard: ConversationEvent[] = [];
    const stop = chatEvents().onConversation(customer.conversationId, (event) => heard.push(event));
    await replyAsAgent(db, organization.id, owner.id, { conversationId: customer.conversationId, text: "Hello world" });
    stop();

    const view = await customerConversation(db, customer.token);
    expect(view.language).toBe("zh");
    expect(view.messages.at(-1)).toMatchObject({ author: "AGENT", text: "你好世界" });
    expect(heard).toContainEqual(expect.objectContaining({ type: "message", message: expect.objectContaining({ text: "你好世界" }) }));

    const agent = await callerFor(db, owner.id, organization.id);
    const agentView = await agent.support.view({ conversationId: customer.conversationId });
    expect(agentView.messages[0]).toMatchObject({ author: "CUSTOMER", text: "i want refund.", original: "我想要退款。", translated: true });
    expect(agentView.messages.at(-1)).toMatchObject({ author: "AGENT", text: "Hello world", translated: false });
    expect(agentView.sentimentTrend).toHaveLength(1);
    expect(agentView.sentimentTrend[0]).toBeLessThan(0);
  });
});

describe("who can read what", () => {
  it("a visitor token reads only its own conversation, never notes", async () => {
    const { owner, organization } = await supportOrganization(db, "tokens", []);
    const x = await customerOf(db, organization.slug);
    const y = await customerOf(db, organization.slug);
    await y.say("Where is my order?");
    await addNote(db, organization.id, owner.id, { conversationId: x.conversationId, body: "VIP customer, secret note" });

    const guest = await callerFor(db, null);
    const asX = await guest.support.conversation({ token: x.token });
    expect(asX.id).toBe(x.conversationId);
    expect(asX.messages).toEqual([]);
    expect(JSON.stringify(asX)).not.toContain("secret note");
    await rejectsWithCode(guest.support.conversation({ token: `${x.token.slice(0, -2)}zz` }), "NOT_FOUND");
    await rejectsWithCode(guest.support.rateAnswer({ token: x.token, messageId: (await db.message.findFirstOrThrow({ where: { conversationId: y.conversationId } })).id, helpful: true }), "NOT_FOUND");
    const stored = await db.conversation.findUniqueOrThrow({ where: { id: x.conversationId } });
    expect(stored.visitorTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.visitorTokenHash).not.toContain(x.token);
  });

  it("an agent of organization A cannot read or act on organization B's conversations", async () => {
    const { owner: agentA, organization: orgA } = await supportOrganization(db, "org-a", []);
    const { organization: orgB } = await supportOrganization(db, "org-b", []);
    const customerB = await customerOf(db, orgB.slug);
    await customerB.say("Where is my order?");
    await requestHuman(db, customerB.token);

    const asA = await callerFor(db, agentA.id, orgA.id);
    await rejectsWithCode(asA.support.view({ conversationId: customerB.conversationId }), "NOT_FOUND");
    await rejectsWithCode(asA.support.reply({ conversationId: customerB.conversationId, text: "hi" }), "NOT_FOUND");
    await rejectsWithCode(claimConversation(db, orgA.id, agentA.id, customerB.conversationId), "NOT_FOUND");
    expect((await asA.support.inbox({ queue: "escalated" })).items.map((i) => i.id)).not.toContain(customerB.conversationId);
    const intoB = await callerFor(db, agentA.id, orgB.id);
    await rejectsWithCode(intoB.support.view({ conversationId: customerB.conversationId }), "FORBIDDEN");
  });
});

describe("inbox, resolution and feedback", () => {
  it("moves a conversation through the queues and takes CSAT only after resolution", async () => {
    const { owner, organization } = await supportOrganization(db, "queues");
    const agent = await callerFor(db, owner.id, organization.id);
    const guest = await callerFor(db, null);
    const customer = await customerOf(db, organization.slug);
    const { replies } = await customer.say("How long does delivery take?");
    await guest.support.rateAnswer({ token: customer.token, messageId: replies[0]!.id, helpful: true });
    expect((await agent.support.counts()).bot).toBe(1);
    await rejectsWithCode(guest.support.rateConversation({ token: customer.token, score: 5 }), "CONFLICT");

    await guest.support.requestHuman({ token: customer.token });
    expect((await agent.support.inbox({ queue: "escalated" })).items.map((i) => i.id)).toEqual([customer.conversationId]);
    await agent.support.claim({ conversationId: customer.conversationId });
    expect((await agent.support.inbox({ queue: "assigned" })).items[0]!.assignedTo).toMatchObject({ id: owner.id });
    await agent.support.resolve({ conversationId: customer.conversationId });
    await guest.support.rateConversation({ token: customer.token, score: 4, comment: "quick" });
    expect(await agent.support.view({ conversationId: customer.conversationId })).toMatchObject({ status: "RESOLVED", csat: { score: 4, comment: "quick" } });
    expect((await db.message.findUniqueOrThrow({ where: { id: replies[0]!.id } })).feedback).toBe(1);
    await rejectsWithCode(customer.say("one more thing"), "CONFLICT");
  });
});
