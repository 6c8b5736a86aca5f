import { searchTokens, stemLatin } from "./text";

// Question words and function words carry no topic; the `simple` configuration keeps them, so the query drops them.
const STOPWORDS = new Set(
  (
    "a an the is are was were be been being do does did i me my mine we us our you your it its of to in on at for with and or but " +
    "how what whats when where why which who whom can could would should will shall may might must there this that these those " +
    "have has had am as by from if into so than then them they he she his her about any some just get got please want need " +
    "anything something there here " +
    "的 了 吗 呢 吧 啊 呀 是 我 你 您 他 她 它 们 我们 你们 在 和 与 有 么 什么 怎么 怎么样 怎样 如何 吗 请 一个 这 那 个 就 都 也 还 把 被 给 可以 能 要 想 会 怎 什 样 哪 哪里 多少 呢 吗 么"
  )
    .split(/\s+/)
    .flatMap((word) => [word, stemLatin(word)]),
);
/** Han characters split out of words are weaker evidence than whole words. */
export const CHARACTER_TERM_WEIGHT = 0.5;

export interface QueryTerm {
  term: string;
  weight: number;
}

/** Distinct informative terms of a query; when every word is a stopword, the words themselves. */
export function queryTerms(query: string, maxTerms = 32): QueryTerm[] {
  const tokens = searchTokens(query);
  const informative = tokens.filter((t) => !STOPWORDS.has(t.token));
  const chosen = informative.length > 0 ? informative : tokens;
  const terms = new Map<string, number>();
  for (const { token, fromCharacter } of chosen) {
    const weight = fromCharacter ? CHARACTER_TERM_WEIGHT : 1;
    terms.set(token, Math.max(terms.get(token) ?? 0, weight));
  }
  return [...terms].slice(0, maxTerms).map(([term, weight]) => ({ term, weight }));
}
