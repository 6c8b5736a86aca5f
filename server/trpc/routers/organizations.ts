import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ORG_COOKIE, serializeCookie } from "@/server/http/cookies";
import {
  createOrganization,
  createOrganizationInput,
  findMembership,
  idSchema,
  listOrganizationsForUser,
  organizationNameSchema,
  renameOrganization,
} from "@/server/orgs";
import { createTRPCRouter, orgProcedure, protectedProcedure } from "../init";

export const organizationsRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listOrganizationsForUser(ctx.db, ctx.user.id)),

  create: protectedProcedure.input(createOrganizationInput).mutation(async ({ ctx, input }) => {
    const organization = await createOrganization(ctx.db, ctx.user.id, { name: input.name });
    ctx.resHeaders.append("set-cookie", serializeCookie(ORG_COOKIE, organization.id));
    return organization;
  }),

  switch: protectedProcedure.input(z.object({ organizationId: idSchema })).mutation(async ({ ctx, input }) => {
    const membership = await findMembership(ctx.db, ctx.user.id, input.organizationId);
    if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: "You are not a member of this organization." });
    ctx.resHeaders.append("set-cookie", serializeCookie(ORG_COOKIE, membership.organizationId));
    return { id: membership.organizationId, role: membership.role };
  }),

  current: orgProcedure("MEMBER").query(({ ctx }) => ctx.organization),

  rename: orgProcedure("ADMIN")
    .input(z.object({ name: organizationNameSchema }))
    .mutation(({ ctx, input }) => renameOrganization(ctx.db, ctx.organization.id, ctx.user.id, input.name)),
});
