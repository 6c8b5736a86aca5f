import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERIES_COLORS } from "@/app/_components/charts/palette";
import { createDb, type Db } from "@/server/db";
import { launchBrowser, newSession } from "@/tests/helpers/browser";
import { signedInSession } from "./pages/session";
import { adminRoutes, countPixelsOfColor, signedInWithZone, UsageDashboardPage } from "./pages/dashboard-pages";

const ZONE = "Asia/Shanghai";
const HOUR = 3_600_000;
let browser: Browser;
let db: Db;

beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb({ databaseUrl: process.env.DATABASE_URL });
});

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

/**
 * Five days of usage ending an hour ago, one event per day, plus one at 23:30 UTC (the next day in Shanghai);
 * returns those. One more, 40 days ago, lies outside "last 30 days" and becomes a past invoice row.
 */
async function seedUsage(organizationId: string) {
  const now = Date.now();
  const times = [1, 25, 49, 73, 97].map((hoursAgo) => new Date(now - hoursAgo * HOUR));
  const lateUtc = new Date(now - 3 * 24 * HOUR);
  lateUtc.setUTCHours(23, 30, 0, 0);
  const events = [...times, lateUtc].map((createdAt, index) => ({
    organizationId,
    task: "translation",
    model: "tiny-translate",
    units: 100 * (index + 1),
    unitKind: "characters",
    ranOn: index % 2 ? "wasm" : "server",
    requestId: `req_e2e_${randomBytes(6).toString("hex")}`,
    createdAt,
  }));
  const lastMonth = { ...events[0]!, requestId: `req_e2e_${randomBytes(6).toString("hex")}`, createdAt: new Date(now - 40 * 24 * HOUR) };
  await db.usageEvent.createMany({ data: [...events, lastMonth] });
  return events;
}

/** The ledger's per-day sums in ZONE, computed by PostgreSQL, oldest first. */
async function ledgerDays(organizationId: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ units: bigint }[]>`
    SELECT (("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${ZONE}::text)::date AS day, SUM(units)::bigint AS units
    FROM "UsageEvent" WHERE "organizationId" = ${organizationId} AND "createdAt" > now() - interval '35 days'
    GROUP BY 1 ORDER BY 1`;
  return rows.map((row) => Number(row.units));
}

describe("dashboards in Chromium", () => {
  it("redirects a non-admin from every admin page to the dashboard", async () => {
    const routes = adminRoutes();
    expect(routes).toEqual(expect.arrayContaining(["/admin", "/admin/users", "/admin/organizations", "/admin/usage", "/admin/workers", "/admin/billing-sync", "/admin/audit"]));
    const { page, context } = await signedInSession(browser, "not-admin-e2e");
    for (const route of routes) {
      await page.goto(route);
      await page.waitForURL("**/dashboard");
    }
    await context.close();
  });

  it("draws the organization's usage per day in the browser's zone, exports it as CSV, and fits a phone", async () => {
    const { page, context, user } = await signedInWithZone(browser, "usage-e2e", ZONE);
    const events = await seedUsage(user.personalOrganizationId);
    const dashboard = new UsageDashboardPage(page);
    await dashboard.open();
    await dashboard.selectRange("last30");
    await dashboard.dayChart().getByTestId("chart-bar").first().waitFor();

    const bars = await dashboard.dayBarValues();
    expect(bars).toHaveLength(30);
    expect(bars.filter((value) => value > 0)).toEqual(await ledgerDays(user.personalOrganizationId));
    expect(bars.reduce((a, b) => a + b, 0)).toBe(events.reduce((sum, event) => sum + event.units, 0));

    const png = await page.getByTestId("usage-by-day-plot").screenshot();
    expect(await countPixelsOfColor(png, SERIES_COLORS[0])).toBeGreaterThan(300);

    const bar = dashboard.dayChart().locator('[data-testid="chart-bar"][data-value="100"]');
    await bar.focus();
    expect(await page.getByTestId("chart-tooltip").textContent()).toMatch(/: 100 units$/);
    await dashboard.dayChart().getByRole("button", { name: "Show as table" }).click();
    expect(await page.getByTestId("usage-by-day-table").locator("tbody tr").count()).toBe(30);

    const csv = await page.request.get(`/api/usage/export?range=last30&tz=${encodeURIComponent(ZONE)}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const [header, ...lines] = (await csv.text()).trim().split("\r\n");
    expect(header).toBe("created_at,request_id,task,model,units,unit_kind,ran_on,api_key_id,api_key_name");
    expect(lines.map((line) => line.split(",")[1]).sort()).toEqual(events.map((event) => event.requestId).sort());
    expect(lines.reduce((sum, line) => sum + Number(line.split(",")[4]), 0)).toBe(events.reduce((sum, event) => sum + event.units, 0));

    await page.setViewportSize({ width: 390, height: 844 });
    await dashboard.open();
    await dashboard.dayChart().waitFor();
    await page.getByTestId("usage-invoice-row").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();

    const guest = await newSession(browser);
    expect((await guest.page.request.get("/api/usage/export")).status()).toBe(401);
    await guest.context.close();
  });

  it("shows a platform admin the platform charts", async () => {
    const { page, context, user } = await signedInSession(browser, "admin-e2e");
    await db.user.update({ where: { id: user.id }, data: { isPlatformAdmin: true } });
    await seedUsage(user.personalOrganizationId);
    await page.goto("/admin/usage");
    await page.getByTestId("admin-usage-charts").waitFor();
    expect(await page.getByTestId("admin-usage-by-day").getByTestId("chart-bar").count()).toBe(30);
    const topUnits = await page.getByTestId("admin-top-units").getByTestId("chart-bar").evaluateAll((bars) => bars.map((bar) => bar.getAttribute("data-label")));
    expect(topUnits.length).toBeGreaterThan(0);
    const png = await page.getByTestId("admin-usage-by-day-plot").screenshot();
    expect(await countPixelsOfColor(png, SERIES_COLORS[0])).toBeGreaterThan(100);
    for (const route of adminRoutes()) {
      await page.goto(route);
      await page.getByRole("heading", { level: 1, name: "Platform administration" }).waitFor();
      await page.locator("main [aria-current=page]").waitFor();
      expect(await page.getByText("This page could not be loaded.").count(), route).toBe(0);
    }
    await context.close();
  });
});
