import { randomUUID } from "node:crypto";
import { recordUsage } from "@/server/billing";
import type { Conversation, Db } from "@/server/db";
import { answerMode, citationFor, cleanPassage, generateAnswer, groundedPrompt, SAFE_REPLY } from "./answer";
import type { ChatDeps, Passage } from "./deps";
import { type ChatLanguage, detectLanguage, otherLanguage } from "./language";
import { announceMessage } from "./publish";
import { translateText } from "./translation";
import type { Citation } from "./views";

const PASSAGES_RETRIEVED = 4;
const EXTRACTIVE_MODEL = "lumen/extractive-answer";

export interface BotAnswer {
  answered: boolean;
  text: string;
  citations: Citation[];
  mode: "generative" | "extractive" | "none";
  model: string;
}

/** Languages the organization's knowledge is written in (documents without one count as either). */
async function knowledgeLanguages(db: Db, organizationId: string): Promise<Set<string>> {
  const rows = await db.knowledgeDocument.groupBy({ by: ["language"], where: { organizationId } });
  return new Set(rows.map((row) => row.language ?? "any"));
}

/** The question as retrieval should see it: in the knowledge's language when the customer writes in the other one. */
async function retrievalQuery(db: Db, deps: ChatDeps, organizationId: string, query: string, language: ChatLanguage) {
  const languages = await knowledgeLanguages(db, organizationId);
  const other = otherLanguage(language);
  if (languages.has(language) || languages.has("any") || !languages.has(other)) return { query, language };
  return { query: await translateText(deps, query, language, other), language: other };
}

/** Retrieves from the organization's knowledge and composes an answer in the customer's language, or says it cannot. */
export async function composeAnswer(
  db: Db,
  deps: ChatDeps,
  conversation: Conversation,
  question: string,
  language: ChatLanguage,
): Promise<BotAnswer> {
  const search = await retrievalQuery(db, deps, conversation.organizationId, question, language);
  const { passages, answerable } = await deps.retrieve(db, conversation.organizationId, search.query, { limit: PASSAGES_RETRIEVED, language: search.language });
  if (!answerable || passages.length === 0) return { answered: false, text: SAFE_REPLY[language], citations: [], mode: "none", model: EXTRACTIVE_MODEL };

  if ((await answerMode(deps)) === "generative") {
    const draftId = randomUUID();
    const onPiece = (text: string) => deps.events.publishConversation(conversation.id, { type: "delta", draftId, text });
    const generated = await generateAnswer(deps, groundedPrompt(question, passages, language), onPiece);
    if (generated.text) return { answered: generated.text !== SAFE_REPLY[language], text: generated.text, citations: passages.map(citationFor), mode: "generative", model: generated.model };
  }
  // Fused ranking scores are close together, so only the best passage is quoted: a runner-up is as likely off-topic.
  const best = passages[0]!;
  const text = await translateText(deps, cleanPassage(best.text), passageLanguage(best), language);
  return { answered: true, text, citations: [citationFor(best)], mode: "extractive", model: EXTRACTIVE_MODEL };
}

const passageLanguage = (passage: Passage) => (passage.language === "en" || passage.language === "zh" ? passage.language : detectLanguage(passage.text));

/** Stores the bot's reply (with the agent-side translation), tells the customer, and records the work as usage. */
export async function storeBotReply(db: Db, deps: ChatDeps, conversation: Conversation, answer: BotAnswer, language: ChatLanguage, question: string) {
  const other = otherLanguage(language);
  const message = await db.message.create({
    data: {
      organizationId: conversation.organizationId,
      conversationId: conversation.id,
      author: "BOT",
      body: answer.text,
      language,
      translations: { [other]: answer.answered ? await translateText(deps, answer.text, language, other) : SAFE_REPLY[other] },
      citations: answer.citations as object[],
    },
  });
  await recordUsage(db, {
    organizationId: conversation.organizationId,
    task: "chat",
    model: answer.model,
    units: question.length + answer.text.length,
    unitKind: "characters",
    requestId: `support_${message.id}`,
    ranOn: "server",
  });
  return announceMessage(deps, conversation, message);
}
