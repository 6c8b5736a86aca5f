// Demo support conversations for the seeded "Acme Support" organization (seed its knowledge base first, so the
// first one gets a cited answer). Idempotent: does nothing once the organization has any conversation.
import { handleCustomerMessage, replyAsAgent, requestHuman, startConversation } from "../server/chat";
import type { Db } from "../server/db";

export async function seedDemoConversations(db: Db, organizationId: string): Promise<void> {
  if (await db.conversation.count({ where: { organizationId } })) return;
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const agent = await db.membership.findFirstOrThrow({ where: { organizationId }, orderBy: { role: "desc" } });

  const answered = await startConversation(db, { organizationSlug: org.slug });
  await handleCustomerMessage(db, { token: answered.token, text: "How do I get an API key?" });

  const handedOff = await startConversation(db, { organizationSlug: org.slug, language: "zh" });
  await handleCustomerMessage(db, { token: handedOff.token, text: "我想要退款。" });
  await requestHuman(db, handedOff.token);
  await replyAsAgent(db, organizationId, agent.userId, { conversationId: handedOff.conversationId, text: "Hello world" });

  // An upset customer waiting in the escalated queue, so the inbox shows the hand-off.
  const upset = await startConversation(db, { organizationSlug: org.slug });
  for (const text of ["This is terrible, my invoice is wrong", "I am angry, nobody answers me", "Terrible service, I want a refund"]) {
    await handleCustomerMessage(db, { token: upset.token, text });
  }
}
