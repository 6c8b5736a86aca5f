/** A round axis maximum ≥ `max` (1, 2 or 5 times a power of ten) and its evenly spaced ticks. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(value);
  return ticks;
}

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** Short axis labels: 1.2K, 3M. */
export const compactNumber = (value: number) => compact.format(value);

const grouped = new Intl.NumberFormat("en-US");

/** The default value format; fixed locale so server and browser render the same text. */
export const groupedNumber = (value: number) => grouped.format(value);
