import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/server/db";
import { importKnowledge } from "@/server/kb";
import { SUPPORT_KB_DIR } from "@/tests/helpers/fixtures";
import { launchBrowser, newSession } from "@/tests/helpers/browser";
import { signedInSession } from "./pages/session";
import { CustomerChatPage, SupportInboxPage } from "./pages/support-pages";

const FAQ = `${SUPPORT_KB_DIR}/lumen-faq.en.md`;
const ANGRY = ["My item arrived damaged, this is terrible", "My refund is so slow, I am angry", "Delivery is awful, how can I track my order?"];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Imports the help-center fixture into the organization, full-text only (no embeddings model in the test process). */
async function seedKnowledge(organizationId: string, actorId: string) {
  const db = createDb({ databaseUrl: process.env.DATABASE_URL });
  try {
    const content = await readFile(FAQ, "utf8");
    const fullTextOnly = () => Promise.reject(new Error("full-text only in this test"));
    await importKnowledge(db, { organizationId, actorId, embed: fullTextOnly }, { fileName: "lumen-faq.en.md", content, language: "en" });
    return (await db.organization.findUniqueOrThrow({ where: { id: organizationId } })).slug;
  } finally {
    await db.$disconnect();
  }
}

describe("support chat: customer ↔ bot ↔ agent, in Chromium", () => {
  it("answers with a citation, escalates an angry customer, and the agent's reply reaches the customer live", async () => {
    const agent = await signedInSession(browser, "support-agent");
    const slug = await seedKnowledge(agent.user.personalOrganizationId, agent.user.id);
    const inbox = new SupportInboxPage(agent.page);
    await inbox.open();
    await expect.poll(() => inbox.count("escalated")).toBe("0");

    const customerSession = await newSession(browser);
    const customer = new CustomerChatPage(customerSession.page);
    await customer.open(slug);
    await customer.ask("How long does delivery take?");
    expect(await customer.lastMessageText()).toContain("Standard delivery takes 3–5 business days");
    expect(await customerSession.page.getByTestId("citations").last().innerText()).toContain("[ship-times]");

    for (const text of ANGRY) await customer.ask(text);
    await expect.poll(() => customer.status()).toBe("Waiting for a person");

    // The inbox hears about it through its live feed: no reload.
    await expect.poll(() => inbox.count("escalated"), { timeout: 10_000 }).toBe("1");
    await inbox.openFirstConversation();
    expect(await inbox.panelText()).toContain("Upset customer");
    await inbox.claim();
    await inbox.reply("Sorry about that, a replacement is on its way.");

    await expect.poll(() => customer.lastMessageText(), { timeout: 10_000 }).toContain("Sorry about that, a replacement is on its way.");
    await expect.poll(() => customer.status()).toBe("A person is helping you");
  });

  it("shows HTML and scripts in messages as text, for the customer and in the agent's inbox", async () => {
    const agent = await signedInSession(browser, "support-xss");
    const slug = await seedKnowledge(agent.user.personalOrganizationId, agent.user.id);
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> talk to a human`;

    const customerSession = await newSession(browser);
    const customer = new CustomerChatPage(customerSession.page);
    await customer.open(slug);
    await customer.ask(payload);
    expect(await customer.messages().filter({ hasText: "<script>" }).count()).toBe(1);
    expect(await customerSession.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    const inbox = new SupportInboxPage(agent.page);
    await inbox.open();
    await inbox.openFirstConversation();
    expect(await inbox.panelText()).toContain("<script>window.__pwned=1</script>");
    expect(await agent.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
