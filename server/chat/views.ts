import type { Message, MessageAttachment, MessageAuthor } from "@/server/db";
import { asChatLanguage, type ChatLanguage } from "./language";

export interface Citation {
  documentId: string;
  title: string;
  externalId: string | null;
  snippet: string;
}

export type Translations = Partial<Record<ChatLanguage, string>>;

export interface AttachmentView {
  id: string;
  mimeType: string;
  ocrText: string | null;
  labels: { label: string; score: number }[];
}

/** A message as the customer sees it: in their language, no sentiment, no agent identity. */
export interface CustomerMessageView {
  id: string;
  author: MessageAuthor;
  text: string;
  createdAt: Date;
  citations: Citation[];
  feedback: number | null;
  attachments: { id: string; mimeType: string }[];
}

/** A message as an agent sees it: translated into the agent's language, with the original and the sentiment. */
export interface AgentMessageView extends Omit<CustomerMessageView, "attachments"> {
  original: string;
  language: ChatLanguage;
  translated: boolean;
  sentiment: { label: string; score: number } | null;
  attachments: AttachmentView[];
}

type MessageRow = Message & { attachments?: Omit<MessageAttachment, "bytes">[] };

export const translationsOf = (message: Pick<Message, "translations">): Translations => (message.translations ?? {}) as Translations;
const citationsOf = (message: Message): Citation[] => (message.citations ?? []) as unknown as Citation[];

function inLanguage(message: Message, language: ChatLanguage): string {
  return message.language === language ? message.body : translationsOf(message)[language] ?? message.body;
}

export function customerMessageView(message: MessageRow, customerLanguage: ChatLanguage): CustomerMessageView {
  return {
    id: message.id,
    author: message.author,
    text: inLanguage(message, customerLanguage),
    createdAt: message.createdAt,
    citations: citationsOf(message),
    feedback: message.feedback,
    attachments: (message.attachments ?? []).map(({ id, mimeType }) => ({ id, mimeType })),
  };
}

export function agentMessageView(message: MessageRow, agentLanguage: ChatLanguage): AgentMessageView {
  const text = inLanguage(message, agentLanguage);
  return {
    ...customerMessageView(message, agentLanguage),
    text,
    original: message.body,
    language: asChatLanguage(message.language),
    translated: text !== message.body,
    sentiment: message.sentimentLabel ? { label: message.sentimentLabel, score: message.sentimentScore ?? 0 } : null,
    attachments: (message.attachments ?? []).map((a) => ({
      id: a.id,
      mimeType: a.mimeType,
      ocrText: a.ocrText,
      labels: (a.labels ?? []) as unknown as AttachmentView["labels"],
    })),
  };
}

/** Sentiment as one number per customer message: +score when positive, −score when negative (for the trend line). */
export const signedSentiment = (label: string, score: number) => (label === "NEGATIVE" ? -score : score);
