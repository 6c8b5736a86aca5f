export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One query parameter as a trimmed string (first value when repeated), or undefined when empty. */
export function param(params: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const raw = params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200);
  return value || undefined;
}

export const pageParam = (params: Record<string, string | string[] | undefined>) => Math.max(1, Math.min(10_000, Number.parseInt(param(params, "page") ?? "1", 10) || 1));
