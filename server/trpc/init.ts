import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Role } from "@/server/db";
import { DomainError } from "@/server/errors";
import { hasRole } from "@/server/orgs";
import type { Context } from "./context";

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const zod = cause instanceof ZodError ? cause : null;
    return {
      ...shape,
      data: {
        ...shape.data,
        reason: cause instanceof DomainError ? cause.reason ?? null : null,
        fieldErrors: zod ? z.flattenError(zod).fieldErrors : null,
      },
    };
  },
});

function describeZodError(error: ZodError): string {
  const [first] = error.issues;
  if (!first) return "The input is not valid.";
  const field = first.path.join(".");
  return field ? `${field}: ${first.message}` : first.message;
}

/**
 * Domain errors become tRPC errors with the same code, and validation errors (from `.input()` or a domain
 * function's own parse) become BAD_REQUEST with a sentence instead of zod's JSON dump.
 */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) throw new TRPCError({ code: cause.code, message: cause.message, cause });
  if (cause instanceof ZodError) throw new TRPCError({ code: "BAD_REQUEST", message: describeZodError(cause), cause });
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.use(mapErrors);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  if (ctx.user.suspended) throw new TRPCError({ code: "FORBIDDEN", message: "This account is suspended." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Procedures that act on the active organization, for members holding at least `minimum`. */
export function orgProcedure(minimum: Role = "MEMBER") {
  return protectedProcedure.use(({ ctx, next }) => {
    if (ctx.organizationDenied) throw new TRPCError({ code: "FORBIDDEN", message: "You are not a member of this organization." });
    const organization = ctx.organization;
    if (!organization) throw new TRPCError({ code: "FORBIDDEN", message: "Create or join an organization first." });
    if (!hasRole(organization.role, minimum)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${minimum.toLowerCase()} role or higher.` });
    }
    return next({ ctx: { ...ctx, organization } });
  });
}

export const platformAdminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (!ctx.user.isPlatformAdmin) throw new TRPCError({ code: "FORBIDDEN", message: "Platform administrators only." });
  return next({ ctx });
});
