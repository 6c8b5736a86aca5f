import { z } from "zod";
import {
  acceptInvitation,
  describeInvitation,
  idSchema,
  invitationTokenSchema,
  inviteMember,
  inviteMemberInput,
  listInvitations,
  revokeInvitation,
} from "@/server/orgs";
import { createTRPCRouter, orgProcedure, protectedProcedure, publicProcedure } from "../init";

const tokenInput = z.object({ token: invitationTokenSchema });

export const invitationsRouter = createTRPCRouter({
  list: orgProcedure("ADMIN").query(({ ctx }) => listInvitations(ctx.db, ctx.organization.id)),

  create: orgProcedure("ADMIN")
    .input(inviteMemberInput)
    .mutation(async ({ ctx, input }) => {
      const { invitation } = await inviteMember(ctx.db, {
        organizationId: ctx.organization.id,
        actor: { id: ctx.user.id, role: ctx.organization.role, name: ctx.user.name, email: ctx.user.email },
        email: input.email,
        role: input.role,
        appUrl: ctx.appUrl,
      });
      return invitation;
    }),

  revoke: orgProcedure("ADMIN")
    .input(z.object({ invitationId: idSchema }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.organization.id, input.invitationId, ctx.user.id)),

  describe: publicProcedure.input(tokenInput).query(({ ctx, input }) => describeInvitation(ctx.db, input.token)),

  accept: protectedProcedure.input(tokenInput).mutation(({ ctx, input }) => acceptInvitation(ctx.db, input.token, ctx.user)),
});
