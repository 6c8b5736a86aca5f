/** Series colours, in order; the first is the bar colour tests look for in screenshots. */
export const SERIES_COLORS = ["#4f46e5", "#0891b2", "#f59e0b", "#10b981", "#e11d48", "#8b5cf6", "#64748b"] as const;

export const seriesColor = (index: number) => SERIES_COLORS[index % SERIES_COLORS.length]!;
