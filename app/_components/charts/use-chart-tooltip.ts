"use client";

import { useState } from "react";

export interface TooltipPoint {
  /** Position in percent of the chart's box, so it follows the responsive SVG. */
  xPercent: number;
  yPercent: number;
  text: string;
}

/** The visible tooltip's state, and the handlers a focusable data point spreads onto itself. */
export function useChartTooltip() {
  const [point, setPoint] = useState<TooltipPoint | null>(null);
  const hide = () => setPoint(null);
  const handlers = (next: TooltipPoint) => ({
    onMouseEnter: () => setPoint(next),
    onFocus: () => setPoint(next),
    onMouseLeave: hide,
    onBlur: hide,
  });
  return { point, handlers };
}
