import { createCallerFactory, createTRPCRouter } from "./init";
import { adminRouter } from "./routers/admin";
import { apiKeysRouter } from "./routers/api-keys";
import { authRouter } from "./routers/auth";
import { billingRouter } from "./routers/billing";
import { inferenceRouter } from "./routers/inference";
import { invitationsRouter } from "./routers/invitations";
import { knowledgeRouter } from "./routers/knowledge";
import { membersRouter } from "./routers/members";
import { organizationsRouter } from "./routers/organizations";
import { supportRouter } from "./routers/support";
import { usageRouter } from "./routers/usage";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  organizations: organizationsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  admin: adminRouter,
  billing: billingRouter,
  inference: inferenceRouter,
  apiKeys: apiKeysRouter,
  knowledge: knowledgeRouter,
  support: supportRouter,
  usage: usageRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
