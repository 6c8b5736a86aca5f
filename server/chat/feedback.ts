import { z } from "zod";
import type { Db } from "@/server/db";
import { DomainError, notFound } from "@/server/errors";
import { conversationForVisitor } from "./conversations";
import { type ChatDeps, defaultChatDeps } from "./deps";
import { announceChange } from "./publish";

export const answerFeedbackInput = z.object({ token: z.string().min(20).max(100), messageId: z.string().min(1), helpful: z.boolean() });
export const csatInput = z.object({
  token: z.string().min(20).max(100),
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).optional(),
});

/** Thumbs up/down on one of the bot's answers in the customer's own conversation. */
export async function rateAnswer(db: Db, rawInput: z.input<typeof answerFeedbackInput>) {
  const input = answerFeedbackInput.parse(rawInput);
  const conversation = await conversationForVisitor(db, input.token);
  const { count } = await db.message.updateMany({
    where: { id: input.messageId, conversationId: conversation.id, author: "BOT" },
    data: { feedback: input.helpful ? 1 : -1 },
  });
  if (count === 0) throw notFound("The answer");
  return { feedback: input.helpful ? 1 : -1 };
}

/** CSAT 1–5 (+ comment), once the conversation is resolved. */
export async function rateConversation(db: Db, rawInput: z.input<typeof csatInput>, deps: ChatDeps = defaultChatDeps()) {
  const input = csatInput.parse(rawInput);
  const conversation = await conversationForVisitor(db, input.token);
  if (conversation.status !== "RESOLVED") {
    throw new DomainError("CONFLICT", "You can rate the conversation once it is resolved.", "support.errors.notResolved");
  }
  const updated = await db.conversation.update({
    where: { id: conversation.id },
    data: { csatScore: input.score, csatComment: input.comment || null },
  });
  announceChange(deps, updated);
  return { score: input.score };
}
