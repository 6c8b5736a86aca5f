import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, translate, type Messages } from "@/app/_i18n/config";
import en from "@/app/_i18n/messages/en.json";
import zh from "@/app/_i18n/messages/zh.json";

const keys = (messages: Messages, prefix = ""): string[] =>
  Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [prefix + key] : keys(value, `${prefix}${key}.`)));

describe("i18n", () => {
  it("has the same keys in English and Chinese, none empty", () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    for (const key of keys(zh)) expect(translate(zh, key).trim()).not.toBe("");
  });

  it("interpolates variables and shows missing keys verbatim", () => {
    expect(translate(en, "app.welcome", { name: "Mei" })).toBe("Welcome, Mei");
    expect(translate(zh, "app.welcome", { name: "Mei" })).toBe("欢迎，Mei");
    expect(translate(en, "no.such.key")).toBe("no.such.key");
  });

  it("picks Chinese from Accept-Language only when preferred", () => {
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9,zh;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });

  it("has a message for every reason the server can send", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const files = ["server/errors.ts", ...["auth", "orgs"].flatMap((d) => readdirSync(`server/${d}`).map((f) => `server/${d}/${f}`))];
    const reasons = files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/"((?:auth|orgs|invite|common)\.[a-zA-Z]+)"\)/g)].map((m) => m[1]!));
    expect(reasons.length).toBeGreaterThan(8);
    for (const reason of reasons) expect(translate(en, reason), reason).not.toBe(reason);
  });
});
