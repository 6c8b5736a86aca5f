import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE } from "@/server/http/cookies";
import { isLocale, localeFromAcceptLanguage, translate, type Locale, type Messages, type TranslateVars } from "./config";
import en from "./messages/en.json";
import zh from "./messages/zh.json";

const MESSAGES: Record<Locale, Messages> = { en, zh };

export async function getLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export const getMessages = (locale: Locale): Messages => MESSAGES[locale];

export async function getT() {
  const locale = await getLocale();
  const messages = getMessages(locale);
  return Object.assign((key: string, vars?: TranslateVars) => translate(messages, key, vars), { locale });
}
