import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { getDb } from "@/server/db";
import { DomainError } from "@/server/errors";
import { createOrganization } from "@/server/orgs";
import { authenticateWithPassword } from "./credentials";
import { personalOrganizationName } from "./sign-up";

/** Carries our reason (e.g. "auth.throttled") to the sign-in form; Auth.js puts `code` in the redirect URL. */
class SignInRefused extends CredentialsSignin {
  constructor(reason: string) {
    super();
    this.code = reason;
  }
}

function clientIp(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "unknown";
}

function providers(): Provider[] {
  const list: Provider[] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        try {
          return await authenticateWithPassword(getDb(), credentials, clientIp(request));
        } catch (error) {
          if (error instanceof DomainError) throw new SignInRefused(error.reason ?? "auth.wrongCredentials");
          throw error;
        }
      },
    }),
  ];
  if (process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET) list.push(GitHub);
  if (process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET) list.push(Google);
  return list;
}

export const oauthProviderIds = () => providers().map((p) => (typeof p === "function" ? p().id : p.id)).filter((id) => id !== "credentials");

const config = (): NextAuthConfig => ({
  adapter: PrismaAdapter(getDb() as never),
  // Credentials sign-in requires JWT sessions; the user row is re-read on every request (suspension applies at once).
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: providers(),
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // OAuth sign-ups get a personal organization, like password sign-ups.
    async createUser({ user }) {
      if (user.id) await createOrganization(getDb(), user.id, { name: personalOrganizationName(user.name), personal: true });
    },
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(config);
