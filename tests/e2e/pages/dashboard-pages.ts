import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import sharp from "sharp";
import { createDb } from "@/server/db";
import { appUrl } from "@/tests/helpers/browser";
import { createUser, TEST_PASSWORD } from "@/tests/helpers/factories";
import { SignInPage } from "./auth-pages";

const ROOT = new URL("../../..", import.meta.url).pathname;

/** Every page under app/admin as a URL path (route groups and private folders excluded), e.g. "/admin/users". */
export function adminRoutes(dir = join(ROOT, "app/admin")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : adminRoutes(join(dir, entry.name));
    if (entry.name !== "page.tsx") return [];
    return [`/${relative(join(ROOT, "app"), dir).split(sep).join("/")}`];
  });
}

/** A new user signed in through the form, in a browser profile with its own time zone. */
export async function signedInWithZone(browser: Browser, label: string, timezoneId: string) {
  const db = createDb({ databaseUrl: process.env.DATABASE_URL });
  const user = await createUser(db, label);
  await db.$disconnect();
  const context = await browser.newContext({ baseURL: appUrl(), timezoneId, locale: "en-US" });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(user.email, TEST_PASSWORD);
  await page.waitForURL("**/dashboard");
  return { context, page, user };
}

export class UsageDashboardPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/usage");
    await this.page.getByRole("heading", { level: 1, name: "Usage & billing" }).waitFor();
  }

  async selectRange(kind: "period" | "last30") {
    await this.page.getByTestId("usage-range").selectOption(kind);
  }

  dayChart(): Locator {
    return this.page.getByTestId("usage-by-day");
  }

  /** data-value of every day bar, in order. */
  async dayBarValues(): Promise<number[]> {
    const values = await this.dayChart().getByTestId("chart-bar").evaluateAll((bars) => bars.map((bar) => bar.getAttribute("data-value")));
    return values.map(Number);
  }
}

/** Pixels in a PNG within `tolerance` (per channel) of the colour `hex`. */
export async function countPixelsOfColor(png: Buffer, hex: string, tolerance = 12): Promise<number> {
  const target = [1, 3, 5].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16));
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let count = 0;
  for (let index = 0; index < data.length; index += info.channels) {
    if (target.every((value, channel) => Math.abs(data[index + channel]! - value) <= tolerance)) count += 1;
  }
  return count;
}
