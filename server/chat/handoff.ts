import type { Conversation, Db } from "@/server/db";
import { HANDOFF_NOTICE } from "./answer";
import type { ChatDeps } from "./deps";
import type { EscalationReason } from "./escalation";
import { asChatLanguage, otherLanguage } from "./language";
import { announceMessage, announceStatus } from "./publish";
import type { CustomerMessageView } from "./views";

/** Hands the conversation to the agents: ESCALATED with a reason, and a SYSTEM message telling the customer a person will reply. */
export async function escalate(db: Db, deps: ChatDeps, conversation: Conversation, reason: EscalationReason): Promise<{ conversation: Conversation; notice: CustomerMessageView }> {
  const language = asChatLanguage(conversation.customerLanguage);
  const [updated, message] = await db.$transaction([
    db.conversation.update({
      where: { id: conversation.id },
      data: { status: "ESCALATED", escalatedAt: new Date(), escalationReason: reason, lastMessageAt: new Date() },
    }),
    db.message.create({
      data: {
        organizationId: conversation.organizationId,
        conversationId: conversation.id,
        author: "SYSTEM",
        body: HANDOFF_NOTICE[language],
        language,
        translations: { [otherLanguage(language)]: HANDOFF_NOTICE[otherLanguage(language)] },
      },
    }),
  ]);
  const notice = announceMessage(deps, updated, message);
  announceStatus(deps, updated);
  return { conversation: updated, notice };
}
