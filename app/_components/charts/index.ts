export { AreaChart } from "./area-chart";
export { BarChart, type BarDatum } from "./bar-chart";
export { StackedBarChart, type ChartSeries, type StackedBarDatum } from "./stacked-bar-chart";
export { SERIES_COLORS } from "./palette";
export { formatDate, formatDay, formatMoney, formatNumber, formatPeriod } from "./format";
