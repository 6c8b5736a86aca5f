// One contract for every tool: run where it is best, fall back to the server, same result shape either way.
import type { BrowserDevice, LocalTask } from "./protocol";
import { detectDevice, isModelCached, modelFor, runLocally, type Progress } from "./local-runner";

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
  onDevice?: (device: BrowserDevice) => void;
  /** The tRPC call for the same task, used when running here is not possible or fails. */
  runOnServer: () => Promise<Out & { model: string; tiny: boolean }>;
}

export async function runTask<Out>(task: LocalTask, input: unknown, options: RunTaskOptions<Out>): Promise<{ output: Out; info: RunInfo }> {
  const onServer = async (fallbackReason: string | null) => {
    const output = await options.runOnServer();
    return { output, info: { ranOn: "server" as const, model: output.model, tiny: output.tiny, modelBytes: null, cached: null, fallbackReason } };
  };
  if (options.placement === "server") return onServer(null);

  const local = await modelFor(task).catch(() => null);
  if (!local) return onServer("This model is not available for in-browser use.");
  let device = await detectDevice();
  const cached = await isModelCached(local.model, device).catch(() => false);
  if (options.placement === "auto" && !cached && !options.downloadAccepted) return onServer(null);

  for (;;) {
    options.onDevice?.(device);
    try {
      const { output } = await runLocally(task, local.model, local.ortWasm, device, input, options.onProgress);
      return {
        output: output as Out,
        info: { ranOn: device, model: local.model.id, tiny: local.model.tiny, modelBytes: local.model.bytes, cached, fallbackReason: null },
      };
    } catch (error) {
      if (device === "webgpu") {
        device = "wasm"; // WebGPU can fail late (unsupported op, lost device): WebAssembly still can.
        continue;
      }
      return onServer(error instanceof Error ? error.message : String(error));
    }
  }
}
