export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

export type Messages = { [key: string]: string | Messages };
export type TranslateVars = Record<string, string | number>;

/** Looks up a dotted key; falls back to the key itself so a missing string is visible, not blank. */
export function translate(messages: Messages, key: string, vars?: TranslateVars): string {
  let node: string | Messages | undefined = messages;
  for (const part of key.split(".")) {
    node = typeof node === "object" ? node[part] : undefined;
  }
  if (typeof node !== "string") return key;
  return vars ? node.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : node;
}

/** Picks a supported locale from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  return header?.toLowerCase().split(",").some((part) => part.trim().startsWith("zh")) &&
    !header.toLowerCase().trim().startsWith("en")
    ? "zh"
    : DEFAULT_LOCALE;
}
