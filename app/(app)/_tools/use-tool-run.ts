"use client";

import { useCallback, useState } from "react";
import type { Progress } from "@/app/_inference/local-runner";
import type { LocalTask } from "@/app/_inference/protocol";
import { runTask, type RunInfo } from "@/app/_inference/run-task";
import { usageUnits } from "@/app/_inference/units";
import { useTRPCClient } from "@/app/_trpc/client";
import type { usePlacement } from "./use-placement";

/** State for one tool: runs through `runTask`, keeps the input on failure, tracks progress and where it ran. */
export function useToolRun<In, Out>(placement: ReturnType<typeof usePlacement>, runOnServer: (input: In) => Promise<Out & { model: string; tiny: boolean }>) {
  const [result, setResult] = useState<Out | null>(null);
  const [info, setInfo] = useState<RunInfo | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const client = useTRPCClient();

  const run = useCallback(
    async (task: LocalTask, input: In) => {
      setPending(true);
      setError(null);
      setResult(null);
      try {
        const outcome = await runTask<Out>(task, input, {
          placement: placement.placement,
          downloadAccepted: placement.downloadAccepted,
          onProgress: setProgress,
          runOnServer: () => runOnServer(input),
        });
        setResult(outcome.output);
        setInfo(outcome.info);
        const { ranOn, model } = outcome.info;
        if (ranOn !== "server") {
          // Counted for quotas and analytics (free); a failed report must not fail the user's result.
          void client.inference.reportLocalRun
            .mutate({ requestId: crypto.randomUUID(), task, model, ranOn, ...usageUnits(task, input) })
            .catch(() => {});
        }
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setPending(false);
        setProgress(null);
      }
    },
    [placement.placement, placement.downloadAccepted, runOnServer, client],
  );
  return { run, result, info, progress, error, pending };
}
