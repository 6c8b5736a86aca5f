import { TRPCError } from "@trpc/server";
import { changeMemberRole, changeRoleInput, findMembership, idSchema, listMembers, removeMember } from "@/server/orgs";
import { z } from "zod";
import { createTRPCRouter, orgProcedure } from "../init";

const actorOf = (ctx: { user: { id: string }; organization: { role: "OWNER" | "ADMIN" | "MEMBER" } }) => ({
  id: ctx.user.id,
  role: ctx.organization.role,
});

export const membersRouter = createTRPCRouter({
  list: orgProcedure("MEMBER").query(({ ctx }) => listMembers(ctx.db, ctx.organization.id)),

  changeRole: orgProcedure("ADMIN")
    .input(changeRoleInput)
    .mutation(({ ctx, input }) => changeMemberRole(ctx.db, ctx.organization.id, actorOf(ctx), input.membershipId, input.role)),

  remove: orgProcedure("ADMIN")
    .input(z.object({ membershipId: idSchema }))
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.organization.id, actorOf(ctx), input.membershipId)),

  leave: orgProcedure("MEMBER").mutation(async ({ ctx }) => {
    const membership = await findMembership(ctx.db, ctx.user.id, ctx.organization.id);
    if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "Membership was not found." });
    await removeMember(ctx.db, ctx.organization.id, actorOf(ctx), membership.id);
  }),
});
