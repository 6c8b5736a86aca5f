export { DEFAULT_PLANS, ensureDefaultPlans, listActivePlans, type PlanDefinition } from "./plans";
