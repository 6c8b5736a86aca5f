import type { ChatDeps } from "./deps";
import type { ChatLanguage } from "./language";

/** `text` in `to`; unchanged when it is already there or empty. */
export async function translateText(deps: ChatDeps, text: string, from: ChatLanguage, to: ChatLanguage): Promise<string> {
  if (from === to || !text.trim()) return text;
  const task = from === "en" ? "translation-en-zh" : "translation-zh-en";
  const { text: translated } = await deps.inference.run(task, { text });
  return translated.trim() || text;
}
