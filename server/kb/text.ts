import type { KnowledgeLanguage } from "./limits";

// One segmenter for every language: it splits Chinese into words and leaves Latin words whole, so mixed text works.
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;
const LATIN_GLOBAL = /[a-z]/gi;
const NOT_WORD = /[^\p{L}\p{N}]/gu;

export const normalizeText = (text: string) => text.normalize("NFKC").toLowerCase();

/**
 * Light English suffix stripping (no stemmer is installed and Postgres' `simple` config does none), so
 * "arrives"/"arrived"/"arrive" and "shipping"/"ship" meet. Applied alike to documents and queries.
 */
export function stemLatin(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  if (word.length === 4) return /[^su]s$/.test(word) ? word.slice(0, -1) : word;
  let stem = word;
  if (stem.endsWith("ies")) stem = `${stem.slice(0, -3)}y`;
  else if (/(ing|ed)$/.test(stem)) stem = stem.replace(/(ing|ed)$/, "");
  else if (/[^s]es$/.test(stem) && /(ch|sh|x|ss|z)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (/[^su]s$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.length > 4 && stem.endsWith("e")) stem = stem.slice(0, -1);
  return stem.length >= 3 ? stem : word;
}

export interface SearchToken {
  token: string;
  /** A single Han character split out of a longer word: lets paraphrases such as 退货/退款 meet on 退. */
  fromCharacter: boolean;
}

/** NFKC, lower case, words (Chinese segmented with Intl.Segmenter), English lightly stemmed, Han words also as characters. */
export function searchTokens(text: string): SearchToken[] {
  const tokens: SearchToken[] = [];
  for (const { segment, isWordLike } of segmenter.segment(normalizeText(text))) {
    if (!isWordLike) continue;
    const word = segment.replace(NOT_WORD, "");
    if (!word) continue;
    tokens.push({ token: stemLatin(word), fromCharacter: false });
    const characters = [...word];
    if (characters.length > 1 && HAN.test(word)) {
      for (const character of characters) if (HAN.test(character)) tokens.push({ token: character, fromCharacter: true });
    }
  }
  return tokens;
}

/** What a chunk's `searchText` holds: its tokens separated by spaces (the `simple` text-search parser splits on them). */
export const segmentForSearch = (text: string) => searchTokens(text).map((t) => t.token).join(" ");

/** "zh" when Han characters carry the text, "en" when it is Latin only, null when mixed or empty. */
export function detectLanguage(text: string): KnowledgeLanguage | null {
  const han = text.match(HAN_GLOBAL)?.length ?? 0;
  const latin = text.match(LATIN_GLOBAL)?.length ?? 0;
  if (han === 0) return latin > 0 ? "en" : null;
  if (han * 2 >= latin) return "zh";
  return han * 20 < latin ? "en" : null;
}
