/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so a seeded fault pattern repeats run after run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface MeterEventFaults {
  /** Share of meter-event requests that fail (0..1): half with 429 before processing, half with 500. */
  failureRate: number;
  seed: number;
}

export type InjectedFault = "none" | "rate-limited" | "server-error-before" | "server-error-after";

/**
 * Picks the fate of each meter-event request. A 500 from Stripe may come before or after the event was stored
 * (a timeout, a lost response), so half of the injected 500s happen after the event was accepted.
 */
export function faultPicker(faults: MeterEventFaults | undefined): () => InjectedFault {
  if (!faults || faults.failureRate <= 0) return () => "none";
  const random = seededRandom(faults.seed);
  return () => {
    if (random() >= faults.failureRate) return "none";
    const kind = random();
    if (kind < 0.5) return "rate-limited";
    return kind < 0.75 ? "server-error-before" : "server-error-after";
  };
}
