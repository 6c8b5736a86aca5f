import { z } from "zod";
import { signUp, signUpInput } from "@/server/auth";
import { LOCALE_COOKIE, serializeCookie } from "@/server/http/cookies";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../init";

const localeSchema = z.enum(["en", "zh"]);

export const authRouter = createTRPCRouter({
  signUp: publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
    const { user } = await signUp(ctx.db, input);
    return { id: user.id, email: user.email };
  }),

  me: protectedProcedure.query(({ ctx }) => ({
    id: ctx.user.id,
    email: ctx.user.email,
    name: ctx.user.name,
    isPlatformAdmin: ctx.user.isPlatformAdmin,
    locale: ctx.user.locale,
    organization: ctx.organization,
  })),

  setLocale: publicProcedure.input(z.object({ locale: localeSchema })).mutation(async ({ ctx, input }) => {
    ctx.resHeaders.append("set-cookie", serializeCookie(LOCALE_COOKIE, input.locale, { httpOnly: false }));
    if (ctx.user) await ctx.db.user.update({ where: { id: ctx.user.id }, data: { locale: input.locale } });
    return { locale: input.locale };
  }),
});
