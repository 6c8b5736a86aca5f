import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, launchBrowser, newSession, offMachineRequests } from "@/tests/helpers/browser";
import { SignInPage, SignUpPage, signOut, type Person } from "./pages/auth-pages";
import { invitationLinkFor, SettingsPage } from "./pages/settings-page";

const tag = randomBytes(4).toString("hex");
const owner: Person = { name: "Olivia Owner", email: `olivia-${tag}@example.test`, password: "owner-password-1" };
const invitee: Person = { name: "Ian Invitee", email: `ian-${tag}@example.test`, password: "invitee-password-2" };
const organizationName = `E2E Corp ${tag}`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("sign-up → sign-in → organization → invitation → roles, in Chromium", () => {
  it("runs the whole flow through the real UI", async () => {
    const ownerSession = await newSession(browser);
    const { page } = ownerSession;

    // Sign up lands on the dashboard of the new personal workspace.
    await new SignUpPage(page).open();
    await new SignUpPage(page).signUp(owner);
    await page.waitForURL("**/dashboard");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(`Welcome, ${owner.name}`);
    expect(await page.getByTestId("active-organization").textContent()).toContain(`${owner.name}'s workspace`);

    // Sign out; a wrong password is refused with a clear message; the right one signs in.
    await signOut(page);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(owner.email, "not-the-password-9");
    await expect.poll(() => signIn.errorText()).toBe("Wrong email or password.");
    await signIn.signIn(owner.email, owner.password);
    await page.waitForURL("**/dashboard");

    // Create an organization (it becomes active) and invite a member.
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.createOrganization(organizationName);
    await expect.poll(() => settings.activeOrganization()).toBe(organizationName);
    await settings.invite(invitee.email);
    expect(await settings.pendingInvitations()).toContain(invitee.email);

    // The invitee opens the emailed link in their own browser, signs up from it and accepts.
    const inviteeSession = await newSession(browser);
    const link = await invitationLinkFor(inviteeSession.page, invitee.email);
    expect(link.startsWith(`${appUrl()}/invite/`)).toBe(true);
    await inviteeSession.page.goto(link);
    await inviteeSession.page.getByRole("heading", { name: `Join ${organizationName}` }).waitFor();
    await inviteeSession.page.getByRole("link", { name: "Get started" }).click();
    await new SignUpPage(inviteeSession.page).signUp(invitee);
    await inviteeSession.page.waitForURL("**/invite/**");
    await inviteeSession.page.getByRole("button", { name: "Accept invitation" }).click();
    await inviteeSession.page.waitForURL("**/settings");

    // As a member, the invitee sees the members but cannot invite, and the admin console is closed to them.
    const inviteeSettings = new SettingsPage(inviteeSession.page);
    await expect.poll(() => inviteeSettings.activeOrganization()).toBe(organizationName);
    expect(await inviteeSettings.memberRow(invitee.email).getByTestId("member-role").textContent()).toBe("Member");
    expect(await inviteeSession.page.getByRole("button", { name: "Send invitation" }).count()).toBe(0);
    await inviteeSession.page.getByText("Only owners and admins can manage members and invitations.").waitFor();
    await inviteeSession.page.goto("/admin");
    await inviteeSession.page.waitForURL("**/dashboard");

    // The owner promotes the invitee to admin; the invitee now gets the invitation form.
    await settings.open();
    await settings.memberRow(invitee.email).getByRole("combobox").selectOption("ADMIN");
    await expect.poll(async () => (await settings.memberRow(invitee.email).getByRole("combobox").inputValue())).toBe("ADMIN");
    await inviteeSettings.open();
    await inviteeSession.page.getByRole("button", { name: "Send invitation" }).waitFor();

    // Every request either browser made stayed on this machine.
    expect(offMachineRequests([...ownerSession.requested, ...inviteeSession.requested])).toEqual([]);
    await ownerSession.context.close();
    await inviteeSession.context.close();
  });

  it("switches the UI to Chinese and keeps it after a reload", async () => {
    const { page, context } = await newSession(browser);
    await page.goto("/sign-in");
    await page.getByTestId("locale-switch").selectOption("zh");
    await page.getByRole("heading", { name: "登录 Lumen" }).waitFor();
    await page.reload();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("登录 Lumen");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await context.close();
  });

  it("sends guests who open the app to sign-in", async () => {
    const { page, context } = await newSession(browser);
    await page.goto("/settings");
    await page.waitForURL("**/sign-in");
    await context.close();
  });
});
