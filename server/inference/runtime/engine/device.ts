import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { DeviceName, DevicePreference } from "../types";

let cudaInstalled: boolean | undefined;

/**
 * onnxruntime-node's CUDA provider is a separate download (skipped by this repo's .npmrc where there is no GPU).
 * Without it a CUDA attempt only prints a red load error, so it is skipped up front with a plain reason.
 */
export function cudaProviderInstalled(): boolean {
  if (cudaInstalled !== undefined) return cudaInstalled;
  try {
    const require = createRequire(join(/*turbopackIgnore: true*/ process.cwd(), "package.json"));
    let root = dirname(require.resolve("onnxruntime-node"));
    while (!existsSync(join(root, "package.json")) && dirname(root) !== root) root = dirname(root);
    cudaInstalled = existsSync(join(root, "bin", "napi-v6", process.platform, process.arch, "libonnxruntime_providers_cuda.so"));
  } catch {
    cudaInstalled = false;
  }
  return cudaInstalled;
}

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
