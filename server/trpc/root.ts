import { createCallerFactory, createTRPCRouter } from "./init";
import { adminRouter } from "./routers/admin";
import { authRouter } from "./routers/auth";
import { invitationsRouter } from "./routers/invitations";
import { membersRouter } from "./routers/members";
import { organizationsRouter } from "./routers/organizations";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  organizations: organizationsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
