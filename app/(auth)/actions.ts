"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "@/server/auth/next-auth";

export interface SignInState {
  error: string | null;
}

/** Only same-site paths are allowed after sign-in (no open redirects). */
function safeRedirect(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/dashboard";
}

export async function signInWithPassword(_previous: SignInState, form: FormData): Promise<SignInState> {
  try {
    await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirectTo: safeRedirect(form.get("callbackUrl")),
    });
    return { error: null };
  } catch (error) {
    // A successful sign-in throws Next's redirect, which must propagate.
    if (error instanceof CredentialsSignin) return { error: error.code || "auth.wrongCredentials" };
    if (error instanceof AuthError) return { error: "auth.wrongCredentials" };
    throw error;
  }
}

export async function signInWithProvider(provider: string, callbackUrl: string) {
  await signIn(provider, { redirectTo: safeRedirect(callbackUrl) });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
