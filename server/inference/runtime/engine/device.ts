import type { DeviceName, DevicePreference } from "../types";

/** Devices to try, fastest first. A named device starts the chain there; `cpu` never fails over. */
export function deviceChain(preference: DevicePreference): DeviceName[] {
  const chain: DeviceName[] = ["cuda", "webgpu", "cpu"];
  return preference === "auto" ? chain : chain.slice(chain.indexOf(preference));
}

export interface DeviceChoice<T> {
  value: T;
  device: DeviceName;
  fallbacks: { device: DeviceName; error: string }[];
}

/**
 * Transformers.js in Node has no fallback of its own (`auto` throws without CUDA, `['webgpu','cpu']` does not fall
 * back), so each device gets its own attempt at creating the sessions.
 */
export async function firstWorkingDevice<T>(chain: DeviceName[], create: (device: DeviceName) => Promise<T>, isFatal: (error: unknown) => boolean): Promise<DeviceChoice<T>> {
  const fallbacks: DeviceChoice<T>["fallbacks"] = [];
  for (const device of chain) {
    try {
      return { value: await create(device), device, fallbacks };
    } catch (error) {
      if (isFatal(error)) throw error;
      fallbacks.push({ device, error: firstLine(error) });
    }
  }
  throw new Error(`no device could run the model: ${fallbacks.map((f) => `${f.device}: ${f.error}`).join("; ")}`);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n").find((line) => line.trim())?.trim().slice(0, 300) ?? "unknown error";
}
