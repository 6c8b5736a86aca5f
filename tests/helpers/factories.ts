import { randomBytes } from "node:crypto";
import { signUp } from "@/server/auth";
import type { Db } from "@/server/db";
import { buildContext, createCaller } from "@/server/trpc";

export const TEST_PASSWORD = "correct-horse-42";

export const uniqueEmail = (label = "user") => `${label}-${randomBytes(5).toString("hex")}@example.test`;

/** A signed-up user (with their personal organization, where they are the owner). */
export async function createUser(db: Db, label = "user") {
  const { user, organization } = await signUp(db, { name: label, email: uniqueEmail(label), password: TEST_PASSWORD });
  return { ...user, personalOrganizationId: organization.id };
}

/** The tRPC API as a given user sees it, acting on `organizationId` (an explicit, strictly checked choice). */
export async function callerFor(db: Db, userId: string | null, organizationId?: string) {
  return createCaller(await buildContext({ db, userId, requestedOrganizationId: organizationId ?? null }));
}

/** Expects a promise to reject with a tRPC error of `code`; returns the error for further checks. */
export async function rejectsWithCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => {
      throw new Error(`expected ${code}, but the call succeeded`);
    },
    (e: unknown) => e as { code?: string; message: string; cause?: unknown },
  );
  if (error.code !== code) throw new Error(`expected ${code}, got ${error.code}: ${error.message}`);
  return error;
}
