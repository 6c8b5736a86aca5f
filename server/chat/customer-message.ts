import { z } from "zod";
import type { Conversation, Db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { MAX_IMAGE_BASE64_CHARS } from "@/server/inference";
import { analyzeImage, type AnalyzedImage } from "./attachments";
import { composeAnswer, storeBotReply } from "./bot-answer";
import { conversationForVisitor } from "./conversations";
import { type ChatDeps, defaultChatDeps } from "./deps";
import { escalate } from "./handoff";
import { escalationBeforeAnswer, escalationPolicy, isStrongNegative } from "./escalation";
import { asChatLanguage, detectLanguage, otherLanguage } from "./language";
import { announceMessage } from "./publish";
import { translateText } from "./translation";
import type { CustomerMessageView } from "./views";

export const MESSAGE_MAX_CHARS = 2000;

export const customerMessageInput = z
  .object({
    token: z.string().min(20).max(100),
    text: z.string().trim().max(MESSAGE_MAX_CHARS).default(""),
    image: z.string().max(MAX_IMAGE_BASE64_CHARS).optional(),
  })
  .refine((input) => input.text.length > 0 || input.image, { message: "Write a message or attach an image.", path: ["text"] });

export interface CustomerMessageOutcome {
  message: CustomerMessageView;
  replies: CustomerMessageView[];
  status: Conversation["status"];
}

/**
 * One customer message: stored with its language, sentiment and agent-side translation; then the escalation rules;
 * then, while the bot still handles the conversation, an answer from the organization's knowledge.
 */
export async function handleCustomerMessage(db: Db, rawInput: z.input<typeof customerMessageInput>, deps: ChatDeps = defaultChatDeps()): Promise<CustomerMessageOutcome> {
  const input = customerMessageInput.parse(rawInput);
  let conversation = await conversationForVisitor(db, input.token);
  if (conversation.status === "RESOLVED") {
    throw new DomainError("CONFLICT", "This conversation has been resolved. Start a new one to ask something else.", "support.errors.resolved");
  }
  const image = input.image ? await analyzeImage(deps, input.image) : null;
  const language = input.text ? detectLanguage(input.text) : asChatLanguage(conversation.customerLanguage);
  const { message, sentiment } = await storeCustomerMessage(db, deps, conversation, input.text, language, image);
  const policy = await escalationPolicy(db, conversation.organizationId);

  conversation = await db.conversation.update({
    where: { id: conversation.id },
    data: {
      customerLanguage: language,
      lastMessageAt: new Date(),
      negativeStreak: sentiment && isStrongNegative(policy, sentiment) ? { increment: 1 } : 0,
    },
  });
  const stored = announceMessage(deps, conversation, message);
  if (conversation.status !== "BOT") return { message: stored, replies: [], status: conversation.status };

  const reason = escalationBeforeAnswer(policy, { text: input.text, negativeStreak: conversation.negativeStreak });
  if (reason) {
    const handed = await escalate(db, deps, conversation, reason);
    return { message: stored, replies: [handed.notice], status: handed.conversation.status };
  }

  const question = [input.text, image?.ocrText].filter(Boolean).join("\n");
  const answer = await composeAnswer(db, deps, conversation, question, language);
  conversation = await db.conversation.update({
    where: { id: conversation.id },
    data: { unansweredCount: answer.answered ? 0 : { increment: 1 } },
  });
  if (!answer.answered && conversation.unansweredCount >= policy.unansweredLimit) {
    const handed = await escalate(db, deps, conversation, "unanswered");
    return { message: stored, replies: [handed.notice], status: handed.conversation.status };
  }
  const reply = await storeBotReply(db, deps, conversation, answer, language, question);
  return { message: stored, replies: [reply], status: conversation.status };
}

async function storeCustomerMessage(db: Db, deps: ChatDeps, conversation: Conversation, text: string, language: "en" | "zh", image: AnalyzedImage | null) {
  const [sentiment, translated] = text
    ? await Promise.all([deps.inference.run("sentiment", { text }), translateText(deps, text, language, otherLanguage(language))])
    : [null, null];
  const message = await db.message.create({
    data: {
      organizationId: conversation.organizationId,
      conversationId: conversation.id,
      author: "CUSTOMER",
      body: text,
      language,
      translations: translated ? { [otherLanguage(language)]: translated } : undefined,
      sentimentLabel: sentiment?.label ?? null,
      sentimentScore: sentiment?.score ?? null,
      attachments: image
        ? { create: { organizationId: conversation.organizationId, mimeType: image.mimeType, bytes: image.bytes, ocrText: image.ocrText, labels: image.labels } }
        : undefined,
    },
    include: { attachments: true },
  });
  return { message, sentiment };
}

/** The customer's "talk to a person" button. */
export async function requestHuman(db: Db, token: string, deps: ChatDeps = defaultChatDeps()) {
  const conversation = await conversationForVisitor(db, token);
  if (conversation.status !== "BOT") return { status: conversation.status };
  const handed = await escalate(db, deps, conversation, "customer_request");
  return { status: handed.conversation.status };
}
