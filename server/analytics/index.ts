export { rangeInput, rangeSelection, resolveRange, timeZoneSchema, type RangeInput, type RangeSelection, type ResolvedRange } from "./range";
export { addDays, daysBetween, isTimeZone, localDay, startOfLocalDay } from "./time-zone";
export {
  usageBy,
  usageByDay,
  usageSummary,
  type ApiKeyBreakdown,
  type Breakdown,
  type DayUsage,
  type UsageDimension,
  type UsageScope,
  type UsageSummary,
} from "./usage-summary";
export { listInvoices, type InvoiceRow, type Invoices } from "./invoices";
export { csvField, USAGE_CSV_COLUMNS, usageCsvLines } from "./usage-csv";
export { monthlyRecurringRevenue, topCustomers, type MrrByCurrency, type PlanSubscriptions, type TopCustomer } from "./platform-revenue";
