import type { Page } from "playwright-core";

export class SettingsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/settings");
    await this.page.getByRole("heading", { level: 1 }).waitFor();
  }

  async createOrganization(name: string) {
    await this.page.getByLabel("Organization name").last().fill(name);
    await this.page.getByRole("button", { name: "Create organization" }).click();
    await this.page.getByText("Organization created.").waitFor();
  }

  async invite(email: string) {
    await this.page.locator('input[name="invite-email"]').fill(email);
    await this.page.getByRole("button", { name: "Send invitation" }).click();
    await this.page.getByText(`Invitation sent to ${email}.`).waitFor();
  }

  pendingInvitations() {
    return this.page.getByTestId("pending-invitations").textContent();
  }

  memberRow(email: string) {
    return this.page.getByTestId(`member-${email}`);
  }

  activeOrganization() {
    return this.page.getByTestId("org-switcher").evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? "");
  }
}

/** The development mailbox: returns the newest invitation link sent to `email`. */
export async function invitationLinkFor(page: Page, email: string): Promise<string> {
  await page.goto("/dev/mailbox");
  const message = page.getByTestId("mailbox-message").filter({ hasText: email }).first();
  const href = await message.getByRole("link").first().getAttribute("href");
  if (!href) throw new Error(`no invitation link for ${email} in the mailbox`);
  return href;
}
