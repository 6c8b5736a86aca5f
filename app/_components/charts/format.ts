import type { Locale } from "@/app/_i18n/config";

const intlLocale = (locale: Locale) => (locale === "zh" ? "zh-CN" : "en-US");

export const formatNumber = (locale: Locale) => {
  const format = new Intl.NumberFormat(intlLocale(locale));
  return (value: number) => format.format(value);
};

export const formatMoney = (locale: Locale, cents: number, currency: string) =>
  new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);

export const formatDate = (locale: Locale, value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: "medium" }) =>
  new Intl.DateTimeFormat(intlLocale(locale), options).format(new Date(value));

/** A billing period's first and last day, in UTC (where calendar-month periods begin and end). */
export const formatPeriod = (locale: Locale, start: Date, end: Date) => {
  const options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeZone: "UTC" };
  return `${formatDate(locale, start, options)} – ${formatDate(locale, new Date(end.getTime() - 1), options)}`;
};

/** `YYYY-MM-DD` → a short day label (the string is a calendar day, so it is formatted in UTC). */
export const formatDay = (locale: Locale, day: string) => formatDate(locale, `${day}T00:00:00Z`, { month: "short", day: "numeric", timeZone: "UTC" });
