export { DEFAULT_PLANS, ensureDefaultPlans, listActivePlans, type PlanDefinition } from "./plans";
export { DEFAULT_METER_EVENT_NAME, isBillingOnline, meterEventName } from "./config";
export {
  FREE_PLAN_ID,
  getOrganizationPlan,
  loadBillingState,
  planApplies,
  type BillingPlan,
  type BillingState,
} from "./organization-plan";
export { currentPeriod, type BillingPeriod } from "./period";
export { getLiveUsage, usageForPeriod, type DailyUsage, type LiveUsage, type PeriodUsage } from "./usage";
export { checkQuota, type QuotaCheck } from "./quota";
export { estimateCost, type CostEstimate } from "./cost";
export { meterIdentifierFor, recordUsage, usageEventInput, type RecordedUsage, type UsageEventInput } from "./ledger";
export { getStripe, type StripeClientOptions } from "./stripe/client";
export { DEFAULT_BACKOFF, reportDueUsage, type ReportOptions, type ReportResult } from "./reporter/report";
export { runUsageReporter, type RunReporterOptions } from "./reporter/run";
export { createCheckoutSession, createPortalSession, type CheckoutUrls } from "./checkout";
export { handleStripeWebhook, type WebhookResponse } from "./webhooks";
export { setupStripeCatalog, type CatalogPlanReport, type CatalogReport } from "./stripe/catalog";
export { describeSubscription, listPlans } from "./overview";
