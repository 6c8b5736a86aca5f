import { listUsers, pageInput, platformOverview } from "@/server/admin";
import { createTRPCRouter, platformAdminProcedure } from "../init";

export const adminRouter = createTRPCRouter({
  overview: platformAdminProcedure.query(({ ctx }) => platformOverview(ctx.db)),
  users: platformAdminProcedure.input(pageInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
});
