import type { Conversation, ConversationStatus, Db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { asChatLanguage, type ChatLanguage } from "./language";
import { customerMessageView, type CustomerMessageView } from "./views";
import { hashVisitorToken, newVisitorToken } from "./visitor-token";

const unknownConversation = () =>
  new DomainError("NOT_FOUND", "This conversation was not found. Start a new one.", "support.errors.conversationNotFound");

export async function publicOrganization(db: Db, slug: string) {
  const org = await db.organization.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, suspendedAt: true, personal: true } });
  if (!org || org.suspendedAt) throw new DomainError("NOT_FOUND", "This support chat does not exist.", "support.errors.orgNotFound");
  return { id: org.id, name: org.name, slug: org.slug };
}

/** Opens a conversation for a customer of the organization `slug`; the returned token is the customer's only key to it. */
export async function startConversation(db: Db, input: { organizationSlug: string; language?: ChatLanguage; customerName?: string }) {
  const org = await publicOrganization(db, input.organizationSlug);
  const token = newVisitorToken();
  const conversation = await db.conversation.create({
    data: {
      organizationId: org.id,
      visitorTokenHash: hashVisitorToken(token),
      customerLanguage: input.language ?? "en",
      customerName: input.customerName ?? null,
    },
  });
  return { token, conversationId: conversation.id, organization: org };
}

export async function conversationForVisitor(db: Db, token: string): Promise<Conversation> {
  const conversation = await db.conversation.findUnique({ where: { visitorTokenHash: hashVisitorToken(token) } });
  if (!conversation) throw unknownConversation();
  return conversation;
}

export interface CustomerConversationView {
  id: string;
  status: ConversationStatus;
  language: ChatLanguage;
  organization: { name: string; slug: string };
  csatScore: number | null;
  messages: CustomerMessageView[];
}

export async function customerConversation(db: Db, token: string): Promise<CustomerConversationView> {
  const conversation = await conversationForVisitor(db, token);
  const [organization, messages] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: conversation.organizationId }, select: { name: true, slug: true } }),
    db.message.findMany({
      where: { conversationId: conversation.id },
      orderBy: { createdAt: "asc" },
      include: { attachments: { omit: { bytes: true } } },
    }),
  ]);
  const language = asChatLanguage(conversation.customerLanguage);
  return {
    id: conversation.id,
    status: conversation.status,
    language,
    organization,
    csatScore: conversation.csatScore,
    messages: messages.map((m) => customerMessageView(m, language)),
  };
}
