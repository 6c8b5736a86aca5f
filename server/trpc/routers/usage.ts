import { listInvoices, rangeInput, resolveRange, usageSummary } from "@/server/analytics";
import { describeSubscription } from "@/server/billing";
import { createTRPCRouter, orgProcedure } from "../init";

/** The organization's usage dashboard; everything is scoped to the active organization from the context. */
export const usageRouter = createTRPCRouter({
  summary: orgProcedure("MEMBER")
    .input(rangeInput)
    .query(async ({ ctx, input }) => {
      const range = await resolveRange(ctx.db, input, ctx.organization.id);
      return usageSummary(ctx.db, { organizationId: ctx.organization.id }, range);
    }),

  currentPeriod: orgProcedure("MEMBER").query(async ({ ctx }) => {
    const { plan, status, cancelAtPeriodEnd, hasStripeCustomer, period, usage, costEstimate, billingOnline } = await describeSubscription(ctx.db, ctx.organization.id);
    return { plan, status, cancelAtPeriodEnd, hasStripeCustomer, period, totalUnits: usage.total, events: usage.events, costEstimate, billingOnline };
  }),

  invoices: orgProcedure("MEMBER").query(({ ctx }) => listInvoices(ctx.db, ctx.organization.id)),
});
