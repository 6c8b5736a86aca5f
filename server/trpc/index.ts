export { appRouter, createCaller, type AppRouter } from "./root";
export { buildContext, type Context, type ContextUser, type ActiveOrganization } from "./context";
