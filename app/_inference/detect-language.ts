/** "zh" when CJK ideographs outnumber Latin letters, else "en": enough to pick a translation direction. */
export function detectLanguage(text: string): "en" | "zh" {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 2 >= latin ? "zh" : "en";
}
