"use client";

import { createContext, useCallback, useContext, type ReactNode } from "react";
import { translate, type Locale, type Messages, type TranslateVars } from "./config";

const I18nContext = createContext<{ locale: Locale; messages: Messages } | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: ReactNode }) {
  return <I18nContext.Provider value={{ locale, messages }}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  const { locale, messages } = value;
  const t = useCallback((key: string, vars?: TranslateVars) => translate(messages, key, vars), [messages]);
  return { locale, t };
}
