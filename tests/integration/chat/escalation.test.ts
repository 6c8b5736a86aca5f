import { describe, expect, it } from "vitest";
import { customerConversation, HANDOFF_NOTICE, requestHuman, SAFE_REPLY, updateEscalationPolicy } from "@/server/chat";
import { testDb } from "@/tests/helpers/db";
import { customerOf, supportOrganization, useTinyModels } from "./chat-kit";

const db = testDb();
useTinyModels();

// Negative, but about topics the FAQ covers: the bot keeps answering, so only the sentiment rule can hand off.
const ANGRY = ["My item arrived damaged, this is terrible", "My refund is so slow, I am angry", "Delivery is awful, how can I track my order?"];

async function conversationRow(id: string) {
  return db.conversation.findUniqueOrThrow({ where: { id } });
}

describe("escalation rules (default policy)", () => {
  it("hands off after three consecutive strongly negative messages, with sentiment stored on each", async () => {
    const { organization } = await supportOrganization(db, "angry");
    const customer = await customerOf(db, organization.slug);
    const outcomes = [];
    for (const text of ANGRY) outcomes.push(await customer.say(text));
    expect(outcomes.map((o) => o.status)).toEqual(["BOT", "BOT", "ESCALATED"]);
    expect(outcomes[2]!.replies[0]).toMatchObject({ author: "SYSTEM", text: HANDOFF_NOTICE.en });
    expect(await conversationRow(customer.conversationId)).toMatchObject({ status: "ESCALATED", escalationReason: "negative_sentiment", negativeStreak: 3 });
    const stored = await db.message.findMany({ where: { conversationId: customer.conversationId, author: "CUSTOMER" } });
    expect(stored.every((m) => m.sentimentLabel === "NEGATIVE" && m.sentimentScore! > 0.7)).toBe(true);
  });

  it("a neutral message resets the negative streak", async () => {
    const { organization } = await supportOrganization(db, "calm");
    const customer = await customerOf(db, organization.slug);
    await customer.say(ANGRY[0]!);
    await customer.say(ANGRY[1]!);
    await customer.say("Thanks, how long does delivery take?");
    expect((await customer.say(ANGRY[2]!)).status).toBe("BOT");
  });

  it.each(["Can I talk to a human?", "I want a human agent please", "转人工", "我要人工客服"])("hands off when asked: %s", async (text) => {
    const { organization } = await supportOrganization(db, "ask-human");
    const customer = await customerOf(db, organization.slug);
    const { status, replies } = await customer.say(text);
    expect(status).toBe("ESCALATED");
    expect(replies[0]!.author).toBe("SYSTEM");
    expect((await conversationRow(customer.conversationId)).escalationReason).toBe("customer_request");
  });

  it("answers the Chinese hand-off in Chinese", async () => {
    const { organization } = await supportOrganization(db, "ask-human-zh");
    const customer = await customerOf(db, organization.slug);
    expect((await customer.say("转人工")).replies[0]!.text).toBe(HANDOFF_NOTICE.zh);
  });

  it("hands off after two questions the bot could not answer", async () => {
    const { organization } = await supportOrganization(db, "unanswered");
    const customer = await customerOf(db, organization.slug);
    const first = await customer.say("Who won the football world cup in 1966?");
    expect(first.replies[0]!.text).toBe(SAFE_REPLY.en);
    const second = await customer.say("What is the capital of Peru?");
    expect(second.status).toBe("ESCALATED");
    expect(await conversationRow(customer.conversationId)).toMatchObject({ escalationReason: "unanswered", unansweredCount: 2 });
  });

  it("follows the organization's own policy", async () => {
    const { organization } = await supportOrganization(db, "policy");
    await updateEscalationPolicy(db, organization.id, { negativeMessages: 1, negativeThreshold: 0.9, unansweredLimit: 5, handoffOnRequest: false });
    const asking = await customerOf(db, organization.slug);
    expect((await asking.say("Can I talk to a human?")).status).toBe("BOT");
    const angry = await customerOf(db, organization.slug);
    expect((await angry.say(ANGRY[0]!)).status).toBe("ESCALATED");
  });

  it("the talk-to-a-person button hands off once, and the customer sees the notice", async () => {
    const { organization } = await supportOrganization(db, "button", []);
    const customer = await customerOf(db, organization.slug);
    expect(await requestHuman(db, customer.token)).toEqual({ status: "ESCALATED" });
    expect(await requestHuman(db, customer.token)).toEqual({ status: "ESCALATED" });
    const view = await customerConversation(db, customer.token);
    expect(view.messages.map((m) => m.author)).toEqual(["SYSTEM"]);
  });
});
