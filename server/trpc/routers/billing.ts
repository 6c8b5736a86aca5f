import { z } from "zod";
import { createCheckoutSession, createPortalSession, describeSubscription, listPlans } from "@/server/billing";
import { createTRPCRouter, orgProcedure } from "../init";

export const billingRouter = createTRPCRouter({
  plans: orgProcedure("MEMBER").query(({ ctx }) => listPlans(ctx.db)),

  subscription: orgProcedure("MEMBER").query(({ ctx }) => describeSubscription(ctx.db, ctx.organization.id)),

  checkout: orgProcedure("ADMIN")
    .input(z.object({ planId: z.string().min(1).max(64) }))
    .mutation(({ ctx, input }) =>
      createCheckoutSession(ctx.db, ctx.organization.id, input.planId, {
        successUrl: `${ctx.appUrl}/settings?billing=success`,
        cancelUrl: `${ctx.appUrl}/settings?billing=canceled`,
      }),
    ),

  portal: orgProcedure("ADMIN").mutation(({ ctx }) => createPortalSession(ctx.db, ctx.organization.id, `${ctx.appUrl}/settings`)),
});
