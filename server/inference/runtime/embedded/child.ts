import type { RuntimeConfig } from "../config";
import { createEngine } from "../engine/engine";
import { toInferenceError } from "../errors";
import type { FromWorker, ToWorker } from "./protocol";

/** The forked side of the embedded pool: runs requests from the parent until the IPC channel closes. */
export async function serveOverIpc(config: RuntimeConfig): Promise<void> {
  const send = (message: FromWorker) => process.send?.(message);
  const engine = createEngine(config);
  const running = new Map<number, AbortController>();

  // The parent is gone (even SIGKILLed): nothing can collect our results.
  process.on("disconnect", () => process.exit(0));
  process.on("message", (message: ToWorker) => {
    if (message.type === "stats") send({ type: "stats", id: message.id, stats: engine.stats() });
    else if (message.type === "cancel") running.get(message.id)?.abort();
    else if (message.type === "run") {
      const controller = new AbortController();
      running.set(message.id, controller);
      let index = 0;
      const onToken = message.stream ? (text: string) => send({ type: "token", id: message.id, index: index++, text }) : undefined;
      engine
        .run(message.task, message.input, { signal: controller.signal, onToken })
        .then(
          (result) => send({ type: "result", id: message.id, result }),
          (error: unknown) => send({ type: "error", id: message.id, error: toInferenceError(error).toData() }),
        )
        .finally(() => running.delete(message.id));
    }
  });
  await engine.warm();
  send({ type: "ready", stats: engine.stats() });
}
