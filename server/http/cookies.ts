export const ORG_COOKIE = "lumen-org";
export const LOCALE_COOKIE = "lumen-locale";

const ONE_YEAR_S = 365 * 24 * 60 * 60;

export function serializeCookie(name: string, value: string, { maxAge = ONE_YEAR_S, httpOnly = true } = {}): string {
  const secure = process.env.NODE_ENV === "production" && process.env.APP_URL?.startsWith("https://") ? "; Secure" : "";
  return `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAge}; SameSite=Lax${httpOnly ? "; HttpOnly" : ""}${secure}`;
}

export function readCookie(headers: Headers, name: string): string | null {
  const header = headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}
