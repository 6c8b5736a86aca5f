// One contract for every tool: run where it is best, fall back to the server, same result shape either way.
import type { BrowserDevice, LocalTask } from "./protocol";
import { localTargetFor, type Progress } from "./local-runner";

export type Placement = "auto" | "device" | "server";
export type RanOn = BrowserDevice | "server";

export interface RunInfo {
  ranOn: RanOn;
  model: string;
  tiny: boolean;
  modelBytes: number | null;
  cached: boolean | null;
  /** Why a local attempt fell back to the server, if it did. */
  fallbackReason: string | null;
}

export interface RunTaskOptions<Out> {
  placement: Placement;
  /** Auto mode downloads a model only after the user said yes (or it is cached already). */
  downloadAccepted: boolean;
  onProgress?: (progress: Progress) => void;
  /** The tRPC call for the same task, used when running here is not possible or fails. */
  runOnServer: () => Promise<Out & { model: string; tiny: boolean }>;
}

export async function runTask<Out>(task: LocalTask, input: unknown, options: RunTaskOptions<Out>): Promise<{ output: Out; info: RunInfo }> {
  const onServer = async (fallbackReason: string | null) => {
    const output = await options.runOnServer();
    return { output, info: { ranOn: "server" as const, model: output.model, tiny: output.tiny, modelBytes: null, cached: null, fallbackReason } };
  };
  if (options.placement === "server") return onServer(null);

  const target = await localTargetFor(task).catch(() => null);
  if (!target) return onServer("This model is not available for in-browser use.");
  const [first] = target.devices;
  const cached = first ? await target.isCached(first).catch(() => false) : false;
  if (options.placement === "auto" && !cached && !options.downloadAccepted) return onServer(null);

  let lastError = "";
  // WebGPU can fail late (unsupported op, lost device): WebAssembly still can.
  for (const device of target.devices) {
    try {
      const { output } = await target.run(device, input, options.onProgress);
      return { output: output as Out, info: { ranOn: device, model: target.model, tiny: target.tiny, modelBytes: target.bytes, cached, fallbackReason: null } };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  return onServer(lastError);
}
