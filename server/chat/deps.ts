import type { Db } from "@/server/db";
import { getInference, type Inference } from "@/server/inference";
import { retrieve as retrieveKnowledge } from "@/server/kb";
import { chatEvents, type ChatEventBus } from "./events";
import type { ChatLanguage } from "./language";

export interface Passage {
  documentId: string;
  chunkId: string;
  title: string;
  externalId: string | null;
  language?: string | null;
  text: string;
  score: number;
}

export type Retrieve = (
  db: Db,
  organizationId: string,
  query: string,
  options: { limit: number; language?: ChatLanguage },
) => Promise<{ passages: Passage[]; answerable: boolean }>;

/** What the chat domain needs from the outside; tests may swap any part. */
export interface ChatDeps {
  inference: Pick<Inference, "run" | "stream" | "models">;
  retrieve: Retrieve;
  events: ChatEventBus;
}

export function defaultChatDeps(overrides: Partial<ChatDeps> = {}): ChatDeps {
  return { inference: getInference(), retrieve: retrieveKnowledge, events: chatEvents(), ...overrides };
}
