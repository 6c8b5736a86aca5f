import type { LatencySummary } from "./types";

/** Keeps the most recent samples; percentiles over that window. */
export class LatencyWindow {
  private readonly samples: number[] = [];
  private next = 0;
  private total = 0;

  constructor(private readonly size = 1000) {}

  record(ms: number): void {
    this.total += 1;
    if (this.samples.length < this.size) this.samples.push(ms);
    else this.samples[this.next] = ms;
    this.next = (this.next + 1) % this.size;
  }

  summary(): LatencySummary {
    const sorted = [...this.samples].sort((a, b) => a - b);
    const at = (q: number) => (sorted.length ? round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!) : null);
    return { count: this.total, p50Ms: at(0.5), p95Ms: at(0.95) };
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
