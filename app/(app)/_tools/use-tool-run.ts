"use client";

import { useCallback, useState } from "react";
import type { Progress } from "@/app/_inference/local-runner";
import type { LocalTask } from "@/app/_inference/protocol";
import { runTask, type RunInfo } from "@/app/_inference/run-task";
import type { usePlacement } from "./use-placement";

/** State for one tool: runs through `runTask`, keeps the input on failure, tracks progress and where it ran. */
export function useToolRun<In, Out>(placement: ReturnType<typeof usePlacement>, runOnServer: (input: In) => Promise<Out & { model: string; tiny: boolean }>) {
  const [result, setResult] = useState<Out | null>(null);
  const [info, setInfo] = useState<RunInfo | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

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
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setPending(false);
        setProgress(null);
      }
    },
    [placement.placement, placement.downloadAccepted, runOnServer],
  );
  return { run, result, info, progress, error, pending };
}
