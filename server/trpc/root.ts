import { createCallerFactory, createTRPCRouter } from "./init";
import { adminRouter } from "./routers/admin";
import { apiKeysRouter } from "./routers/api-keys";
import { authRouter } from "./routers/auth";
import { billingRouter } from "./routers/billing";
import { inferenceRouter } from "./routers/inference";
import { invitationsRouter } from "./routers/invitations";
import { membersRouter } from "./routers/members";
import { organizationsRouter } from "./routers/organizations";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  organizations: organizationsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  admin: adminRouter,
  billing: billingRouter,
  inference: inferenceRouter,
  apiKeys: apiKeysRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
