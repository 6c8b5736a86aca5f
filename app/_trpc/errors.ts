import type { TRPCClientErrorLike } from "@trpc/client";
import type { AppRouter } from "@/server/trpc";

type ClientError = TRPCClientErrorLike<AppRouter> | null | undefined;

/** A message for people: the translated reason when the server gave one, else the server's own message. */
export function errorText(error: ClientError, t: (key: string) => string): string {
  if (!error) return "";
  const reason = error.data?.reason;
  if (reason) {
    const translated = t(reason);
    if (translated !== reason) return translated;
  }
  return error.message || t("common.somethingWrong");
}

/** The first validation message for one input field (zod), or — with no field — whether any field failed. */
export function fieldError(error: ClientError, field?: string): string | null {
  const fields = error?.data?.fieldErrors as Record<string, string[] | undefined> | null | undefined;
  if (!fields) return null;
  if (!field) return Object.values(fields).some((list) => list?.length) ? "invalid" : null;
  return fields[field]?.[0] ?? null;
}
