import { z } from "zod";
import type { ConversationStatus, Db } from "@/server/db";
import { notFound } from "@/server/errors";
import { type ChatLanguage } from "./language";
import { agentMessageView, type AgentMessageView, signedSentiment, translationsOf } from "./views";

export const INBOX_QUEUES = ["bot", "escalated", "assigned", "resolved"] as const;
export type InboxQueue = (typeof INBOX_QUEUES)[number];
const QUEUE_STATUS: Record<InboxQueue, ConversationStatus> = { bot: "BOT", escalated: "ESCALATED", assigned: "ASSIGNED", resolved: "RESOLVED" };

export const inboxInput = z.object({
  queue: z.enum(INBOX_QUEUES).default("escalated"),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});

async function userNames(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((u) => [u.id, u.name ?? u.email]));
}

export async function inboxCounts(db: Db, organizationId: string): Promise<Record<InboxQueue, number>> {
  const rows = await db.conversation.groupBy({ by: ["status"], where: { organizationId }, _count: { _all: true } });
  const count = (status: ConversationStatus) => rows.find((r) => r.status === status)?._count._all ?? 0;
  return { bot: count("BOT"), escalated: count("ESCALATED"), assigned: count("ASSIGNED"), resolved: count("RESOLVED") };
}

/** One page of a queue, newest activity first, each with its last message in the agent's language. */
export async function listInbox(db: Db, organizationId: string, agentLanguage: ChatLanguage, rawInput: z.input<typeof inboxInput>) {
  const { queue, page, pageSize } = inboxInput.parse(rawInput);
  const where = { organizationId, status: QUEUE_STATUS[queue] };
  const [total, rows] = await Promise.all([
    db.conversation.count({ where }),
    db.conversation.findMany({
      where,
      orderBy: { lastMessageAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { messages: { orderBy: { createdAt: "desc" }, take: 1 } },
    }),
  ]);
  const names = await userNames(db, rows.map((r) => r.assignedToId));
  const items = rows.map((row) => {
    const last = row.messages[0];
    return {
      id: row.id,
      status: row.status,
      customerName: row.customerName,
      customerLanguage: row.customerLanguage,
      escalationReason: row.escalationReason,
      assignedTo: row.assignedToId ? { id: row.assignedToId, name: names.get(row.assignedToId) ?? "" } : null,
      lastMessageAt: row.lastMessageAt,
      preview: last ? (last.language === agentLanguage ? last.body : translationsOf(last)[agentLanguage] ?? last.body).slice(0, 140) : "",
    };
  });
  return { items, total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

export interface AgentConversationView {
  id: string;
  status: ConversationStatus;
  customerName: string | null;
  customerLanguage: string;
  escalationReason: string | null;
  assignedTo: { id: string; name: string } | null;
  csat: { score: number; comment: string | null } | null;
  messages: AgentMessageView[];
  notes: { id: string; body: string; author: string; createdAt: Date }[];
  /** Signed sentiment of each customer message in order: +score positive, −score negative. */
  sentimentTrend: number[];
}

export async function findOrgConversation(db: Db, organizationId: string, conversationId: string) {
  const conversation = await db.conversation.findFirst({ where: { id: conversationId, organizationId } });
  if (!conversation) throw notFound("The conversation");
  return conversation;
}

export async function agentConversation(db: Db, organizationId: string, conversationId: string, agentLanguage: ChatLanguage): Promise<AgentConversationView> {
  const conversation = await findOrgConversation(db, organizationId, conversationId);
  const [messages, notes] = await Promise.all([
    db.message.findMany({
      where: { conversationId, organizationId },
      orderBy: { createdAt: "asc" },
      include: { attachments: { omit: { bytes: true } } },
    }),
    db.conversationNote.findMany({ where: { conversationId, organizationId }, orderBy: { createdAt: "asc" } }),
  ]);
  const names = await userNames(db, [conversation.assignedToId, ...notes.map((n) => n.authorId)]);
  return {
    id: conversation.id,
    status: conversation.status,
    customerName: conversation.customerName,
    customerLanguage: conversation.customerLanguage,
    escalationReason: conversation.escalationReason,
    assignedTo: conversation.assignedToId ? { id: conversation.assignedToId, name: names.get(conversation.assignedToId) ?? "" } : null,
    csat: conversation.csatScore ? { score: conversation.csatScore, comment: conversation.csatComment } : null,
    messages: messages.map((m) => agentMessageView(m, agentLanguage)),
    notes: notes.map((n) => ({ id: n.id, body: n.body, author: names.get(n.authorId) ?? "", createdAt: n.createdAt })),
    sentimentTrend: messages
      .filter((m) => m.author === "CUSTOMER" && m.sentimentLabel)
      .map((m) => signedSentiment(m.sentimentLabel!, m.sentimentScore ?? 0)),
  };
}
