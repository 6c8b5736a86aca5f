import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));

export interface ScriptProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `tsx <script>` as its own process, as production runs it. */
export function startScript(script: string, env: Record<string, string>): ScriptProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "close").then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  return { child, output: () => output, exited };
}

/** The usage reporter worker, polling and retrying fast. */
export const startReporter = (env: Record<string, string>) =>
  startScript("workers/usage-reporter.ts", {
    USAGE_REPORTER_POLL_MS: "20",
    USAGE_REPORTER_RETRY_BASE_MS: "10",
    USAGE_REPORTER_RETRY_MAX_MS: "200",
    ...env,
  });

/** Polls `condition` until it holds; the test's own timeout bounds the wait. */
export async function waitFor(condition: () => Promise<boolean> | boolean, pollMs = 20): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, pollMs));
}
