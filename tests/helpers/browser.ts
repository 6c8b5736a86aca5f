import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { inject } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Flags from this machine's notes: no background networking (the network is closed), no sandbox as root.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export const appUrl = () => inject("appUrl");

/** A fresh browser profile (its own cookies) that records every URL its pages request. */
export async function newSession(browser: Browser, locale = "en-US") {
  const context: BrowserContext = await browser.newContext({ baseURL: appUrl(), locale });
  const requested: string[] = [];
  context.on("request", (request) => requested.push(request.url()));
  const page: Page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page, requested };
}

/** Requests that left this machine: any http(s) URL not on 127.0.0.1 (blob: and data: URLs never leave the page). */
export const offMachineRequests = (urls: string[]) =>
  urls.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return (protocol === "http:" || protocol === "https:") && hostname !== "127.0.0.1";
  });
