export const CHAT_LANGUAGES = ["en", "zh"] as const;
export type ChatLanguage = (typeof CHAT_LANGUAGES)[number];

/** "zh" when CJK ideographs outnumber Latin letters, else "en": enough to pick a translation direction. */
export function detectLanguage(text: string): ChatLanguage {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 2 >= latin ? "zh" : "en";
}

export const asChatLanguage = (value: string | null | undefined): ChatLanguage => (value === "zh" ? "zh" : "en");
export const otherLanguage = (language: ChatLanguage): ChatLanguage => (language === "en" ? "zh" : "en");
