import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { I18nProvider } from "./_i18n/client";
import { getLocale, getMessages } from "./_i18n/server";
import { TRPCReactProvider } from "./_trpc/client";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Lumen — AI customer service, translation and vision", template: "%s · Lumen" },
  description: "Knowledge-grounded support chat, sentiment escalation, translation, image recognition and a public AI API.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"} className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-dvh font-sans">
        <I18nProvider locale={locale} messages={getMessages(locale)}>
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
