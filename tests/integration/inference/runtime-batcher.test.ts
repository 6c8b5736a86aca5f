import { describe, expect, it } from "vitest";
import { MicroBatcher } from "@/server/inference/runtime/engine/batcher";
import { deviceChain, firstWorkingDevice } from "@/server/inference/runtime/engine/device";

describe("micro-batcher", () => {
  it("runs requests that arrive within the window as one call, capped at maxBatch, results in order", async () => {
    const calls: number[][] = [];
    const batcher = new MicroBatcher<number, number>(
      async (items) => {
        calls.push(items.map((i) => i.input));
        return items.map((i) => i.input * 10);
      },
      { windowMs: 20, maxBatch: 4 },
    );
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => batcher.submit(n)));
    expect(results).toEqual([10, 20, 30, 40, 50, 60]);
    expect(calls).toEqual([[1, 2, 3, 4], [5, 6]]);
  });

  it("fails every request of a failed batch and drops cancelled ones before they run", async () => {
    const batcher = new MicroBatcher<string, string>(async () => Promise.reject(new Error("boom")), { windowMs: 5, maxBatch: 8 });
    const controller = new AbortController();
    const cancelled = batcher.submit("a", { signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ code: "CANCELLED" });
    await expect(batcher.submit("b")).rejects.toThrow("boom");
  });
});

describe("device chain", () => {
  it("starts at the configured device and never goes above it", () => {
    expect(deviceChain("auto")).toEqual(["cuda", "webgpu", "cpu"]);
    expect(deviceChain("webgpu")).toEqual(["webgpu", "cpu"]);
    expect(deviceChain("cpu")).toEqual(["cpu"]);
  });

  it("takes the first device that creates a session and records why the others failed", async () => {
    const choice = await firstWorkingDevice(
      ["cuda", "webgpu", "cpu"],
      async (device) => {
        if (device !== "cpu") throw new Error(`${device} provider missing\nstack line`);
        return "session";
      },
      () => false,
    );
    expect(choice).toEqual({
      value: "session",
      device: "cpu",
      fallbacks: [
        { device: "cuda", error: "cuda provider missing" },
        { device: "webgpu", error: "webgpu provider missing" },
      ],
    });
    await expect(firstWorkingDevice(["cpu"], async () => Promise.reject(new Error("broken model")), () => false)).rejects.toThrow(/cpu: broken model/);
  });
});
