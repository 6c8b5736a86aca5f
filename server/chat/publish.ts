import type { Conversation, Message, MessageAttachment } from "@/server/db";
import type { ChatDeps } from "./deps";
import { asChatLanguage } from "./language";
import { customerMessageView, type CustomerMessageView } from "./views";

/** Tells the customer's page about a new message and the organization's inbox that the conversation changed. */
export function announceMessage(deps: ChatDeps, conversation: Conversation, message: Message & { attachments?: MessageAttachment[] }): CustomerMessageView {
  const view = customerMessageView(message, asChatLanguage(conversation.customerLanguage));
  deps.events.publishConversation(conversation.id, { type: "message", message: view });
  announceChange(deps, conversation);
  return view;
}

export function announceChange(deps: ChatDeps, conversation: Pick<Conversation, "id" | "organizationId" | "status">) {
  deps.events.publishInbox(conversation.organizationId, { type: "conversation", conversationId: conversation.id, status: conversation.status });
}

export function announceStatus(deps: ChatDeps, conversation: Pick<Conversation, "id" | "organizationId" | "status">) {
  deps.events.publishConversation(conversation.id, { type: "status", status: conversation.status });
  announceChange(deps, conversation);
}

