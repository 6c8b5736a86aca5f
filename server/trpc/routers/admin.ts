import { z } from "zod";
import { rangeInput } from "@/server/analytics";
import {
  auditActions,
  auditLogInput,
  billingSyncStatus,
  inferenceWorkers,
  listAuditLog,
  listOrganizations,
  listUsers,
  pageInput,
  platformOverview,
  platformUsageAndRevenue,
  setOrganizationSuspended,
  setUserSuspended,
} from "@/server/admin";
import { createTRPCRouter, platformAdminProcedure } from "../init";

const suspension = z.object({ id: z.string().min(1).max(64), suspended: z.boolean() });

export const adminRouter = createTRPCRouter({
  overview: platformAdminProcedure.query(({ ctx }) => platformOverview(ctx.db)),
  users: platformAdminProcedure.input(pageInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
  organizations: platformAdminProcedure.input(pageInput).query(({ ctx, input }) => listOrganizations(ctx.db, input)),
  setUserSuspended: platformAdminProcedure
    .input(suspension)
    .mutation(({ ctx, input }) => setUserSuspended(ctx.db, input.id, input.suspended, ctx.user.id)),
  setOrganizationSuspended: platformAdminProcedure
    .input(suspension)
    .mutation(({ ctx, input }) => setOrganizationSuspended(ctx.db, input.id, input.suspended, ctx.user.id)),
  usageAndRevenue: platformAdminProcedure.input(rangeInput).query(({ ctx, input }) => platformUsageAndRevenue(ctx.db, input)),
  workers: platformAdminProcedure.query(() => inferenceWorkers()),
  billingSync: platformAdminProcedure.query(({ ctx }) => billingSyncStatus(ctx.db)),
  auditLog: platformAdminProcedure.input(auditLogInput).query(({ ctx, input }) => listAuditLog(ctx.db, input)),
  auditActions: platformAdminProcedure.query(({ ctx }) => auditActions(ctx.db)),
});
