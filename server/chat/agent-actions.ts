import { z } from "zod";
import type { Db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { findOrgConversation } from "./agent-inbox";
import { type ChatDeps, defaultChatDeps } from "./deps";
import { asChatLanguage, detectLanguage } from "./language";
import { announceChange, announceMessage, announceStatus } from "./publish";
import { translateText } from "./translation";

export const agentReplyInput = z.object({ conversationId: z.string().min(1), text: z.string().trim().min(1).max(4000) });
export const noteInput = z.object({ conversationId: z.string().min(1), body: z.string().trim().min(1).max(4000) });

const resolvedAlready = () => new DomainError("CONFLICT", "This conversation is already resolved.", "support.errors.resolved");

/** Assigns the conversation to `agentId` (taking it from the bot or the escalated queue). */
export async function claimConversation(db: Db, organizationId: string, agentId: string, conversationId: string, deps: ChatDeps = defaultChatDeps()) {
  const conversation = await findOrgConversation(db, organizationId, conversationId);
  if (conversation.status === "RESOLVED") throw resolvedAlready();
  const updated = await db.conversation.update({ where: { id: conversation.id }, data: { status: "ASSIGNED", assignedToId: agentId } });
  announceStatus(deps, updated);
  return { status: updated.status, assignedToId: updated.assignedToId };
}

/** The agent's reply, stored as written and translated into the customer's language; replying also claims. */
export async function replyAsAgent(db: Db, organizationId: string, agentId: string, rawInput: z.input<typeof agentReplyInput>, deps: ChatDeps = defaultChatDeps()) {
  const input = agentReplyInput.parse(rawInput);
  const conversation = await findOrgConversation(db, organizationId, input.conversationId);
  if (conversation.status === "RESOLVED") throw resolvedAlready();
  const language = detectLanguage(input.text);
  const customerLanguage = asChatLanguage(conversation.customerLanguage);
  const translated = await translateText(deps, input.text, language, customerLanguage);
  const [message, updated] = await db.$transaction([
    db.message.create({
      data: {
        organizationId,
        conversationId: conversation.id,
        author: "AGENT",
        authorUserId: agentId,
        body: input.text,
        language,
        translations: language === customerLanguage ? undefined : { [customerLanguage]: translated },
      },
    }),
    db.conversation.update({
      where: { id: conversation.id },
      data: { status: "ASSIGNED", assignedToId: conversation.assignedToId ?? agentId, lastMessageAt: new Date() },
    }),
  ]);
  const view = announceMessage(deps, updated, message);
  if (conversation.status !== updated.status) announceStatus(deps, updated);
  return view;
}

export async function resolveConversation(db: Db, organizationId: string, conversationId: string, deps: ChatDeps = defaultChatDeps()) {
  const conversation = await findOrgConversation(db, organizationId, conversationId);
  if (conversation.status === "RESOLVED") return { status: conversation.status };
  const updated = await db.conversation.update({ where: { id: conversation.id }, data: { status: "RESOLVED", resolvedAt: new Date() } });
  announceStatus(deps, updated);
  return { status: updated.status };
}

/** A private note: stored apart from messages, so no customer-facing read can ever include it. */
export async function addNote(db: Db, organizationId: string, authorId: string, rawInput: z.input<typeof noteInput>, deps: ChatDeps = defaultChatDeps()) {
  const input = noteInput.parse(rawInput);
  const conversation = await findOrgConversation(db, organizationId, input.conversationId);
  const note = await db.conversationNote.create({ data: { organizationId, conversationId: conversation.id, authorId, body: input.body } });
  announceChange(deps, conversation);
  return { id: note.id };
}
