import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, launchBrowser } from "@/tests/helpers/browser";
import { signedInSession } from "./pages/session";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const sentiment = (key: string) =>
  fetch(`${appUrl()}/api/v1/sentiment`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({ input: "I love it, thanks!" }),
  });

describe("API keys from the dashboard", () => {
  it("creates a key shown once, which calls the API until it is revoked", async () => {
    const { page } = await signedInSession(browser, "keys");
    await page.goto("/keys");
    await page.getByText("No API keys yet").waitFor();
    await page.getByLabel("Name").fill("Production backend");
    await page.getByRole("button", { name: "Create key" }).click();
    const key = (await page.getByTestId("new-api-key").textContent())?.trim() ?? "";
    expect(key).toMatch(/^sk_live_/);

    const ok = await sentiment(key);
    expect(ok.status).toBe(200);
    expect(JSON.stringify(await ok.json())).toContain("POSITIVE");

    await page.getByRole("button", { name: "I have saved it" }).click();
    expect(await page.getByTestId("new-api-key").count()).toBe(0);
    expect(await page.getByText(key).count()).toBe(0); // the secret is never shown again

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Revoke" }).click();
    await expect.poll(async () => (await sentiment(key)).status).toBe(401);
  });
});
