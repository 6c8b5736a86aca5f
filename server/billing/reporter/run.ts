import type { Db } from "@/server/db";
import { reportDueUsage, type ReportOptions } from "./report";

export interface RunReporterOptions extends ReportOptions {
  /** How long to wait when nothing was due. */
  pollMs?: number;
  signal: AbortSignal;
  log?: (message: string) => void;
}

/** Reports due usage until `signal` aborts; a pass in progress finishes first, so nothing is left half-recorded. */
export async function runUsageReporter(db: Db, options: RunReporterOptions): Promise<void> {
  const { signal, pollMs = 5_000, log = console.info, ...reportOptions } = options;
  const batchSize = reportOptions.batchSize ?? 100;
  while (!signal.aborted) {
    const result = await reportDueUsage(db, reportOptions).catch((error: unknown) => {
      log(`usage-reporter: pass failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    if (result?.offline) {
      log("usage-reporter: billing is offline (STRIPE_SECRET_KEY unset); usage stays in the ledger, nothing is sent.");
      return;
    }
    if (result && result.claimed > 0) {
      log(`usage-reporter: sent ${result.sent}, not billable ${result.notBillable}, failed ${result.failed}, retrying ${result.retrying}`);
    }
    if (result?.claimed !== batchSize) await sleep(pollMs, signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
