export { rangeInput, resolveRange, type RangeInput, type RangeSelection, type ResolvedRange } from "./range";
// time-zone.ts has no server dependencies: client components import it directly.
export { isTimeZone, localDay, startOfLocalDay } from "./time-zone";
export { usageSummary, type ApiKeyBreakdown, type Breakdown, type DayUsage, type UsageScope, type UsageSummary } from "./usage-summary";
export { listInvoices, type InvoiceRow, type Invoices } from "./invoices";
export { usageCsvLines } from "./usage-csv";
export { monthlyRecurringRevenue, topCustomers, type MrrByCurrency, type PlanSubscriptions, type TopCustomer } from "./platform-revenue";
