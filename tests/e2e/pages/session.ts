import type { Browser } from "playwright-core";
import { createDb } from "@/server/db";
import { createUser, TEST_PASSWORD } from "@/tests/helpers/factories";
import { newSession } from "@/tests/helpers/browser";
import { SignInPage } from "./auth-pages";

/** A new user (created directly in the run's database), signed in through the real sign-in form. */
export async function signedInSession(browser: Browser, label: string) {
  const db = createDb({ databaseUrl: process.env.DATABASE_URL });
  const user = await createUser(db, label);
  await db.$disconnect();
  const session = await newSession(browser);
  const signIn = new SignInPage(session.page);
  await signIn.open();
  await signIn.signIn(user.email, TEST_PASSWORD);
  await session.page.waitForURL("**/dashboard");
  return { ...session, user };
}
