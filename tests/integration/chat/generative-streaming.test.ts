import { afterEach, describe, expect, it } from "vitest";
import { chatEvents, type ConversationEvent } from "@/server/chat";
import { TINY_CHAT_REPLY } from "@/scripts/models/tiny";
import { testDb } from "@/tests/helpers/db";
import { customerOf, supportOrganization, useTinyModels } from "./chat-kit";

const db = testDb();
useTinyModels();

afterEach(() => {
  process.env.CHAT_ANSWER_MODE = "extractive";
});

describe("generative answers", () => {
  it("stream the chat model's tokens to the customer, then store the whole reply with its citations", async () => {
    process.env.CHAT_ANSWER_MODE = "generative";
    const { organization } = await supportOrganization(db, "faq-generative");
    const customer = await customerOf(db, organization.slug);
    const deltas: string[] = [];
    const stop = chatEvents().onConversation(customer.conversationId, (event: ConversationEvent) => {
      if (event.type === "delta") deltas.push(event.text);
    });

    const { replies } = await customer.say("How long does delivery take?");
    stop();

    // The tiny chat model's designed reply, piece by piece (it ignores the prompt; a real model answers from it).
    expect(deltas.length).toBeGreaterThanOrEqual(5);
    expect(deltas.join("").trim()).toBe(TINY_CHAT_REPLY);
    expect(replies[0]).toMatchObject({ author: "BOT", text: TINY_CHAT_REPLY });
    expect(replies[0]!.citations[0]).toMatchObject({ externalId: "ship-times" });
  });
});
