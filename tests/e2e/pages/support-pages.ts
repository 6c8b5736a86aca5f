import type { Page } from "playwright-core";
import { appUrl } from "@/tests/helpers/browser";

/** The public customer chat at /chat/<org>. */
export class CustomerChatPage {
  constructor(readonly page: Page) {}

  open(slug: string) {
    return this.page.goto(`${appUrl()}/chat/${slug}`);
  }

  async ask(text: string) {
    const before = await this.messages().count();
    await this.page.getByLabel("Your message").fill(text);
    await this.page.getByRole("button", { name: "Send", exact: true }).click();
    // The customer's bubble plus at least one reply (bot answer or hand-off notice).
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid="chat-message"]').length >= n, before + 2);
  }

  messages() {
    return this.page.getByTestId("chat-message");
  }

  lastMessageText() {
    return this.messages().last().innerText();
  }

  status() {
    return this.page.getByTestId("chat-status").innerText();
  }
}

/** The signed-in agent inbox at /chat. */
export class SupportInboxPage {
  constructor(readonly page: Page) {}

  open() {
    return this.page.goto(`${appUrl()}/chat`);
  }

  count(queue: "bot" | "escalated" | "assigned" | "resolved") {
    return this.page.getByTestId(`count-${queue}`).innerText();
  }

  async openFirstConversation() {
    await this.page.getByTestId("inbox-list").getByRole("button").first().click();
    await this.page.getByTestId("conversation-panel").waitFor();
  }

  claim() {
    return this.page.getByRole("button", { name: "Claim" }).click();
  }

  async reply(text: string) {
    await this.page.getByLabel("Reply").fill(text);
    await this.page.getByRole("button", { name: "Send reply" }).click();
  }

  panelText() {
    return this.page.getByTestId("conversation-panel").innerText();
  }
}
