import { type ChildProcess, fork } from "node:child_process";
import { resolve } from "node:path";
import type { RuntimeConfig } from "../config";
import { InferenceError } from "../errors";
import type { AnyTaskResult, Transport, TransportRequest, WorkerStats } from "../types";
import { EMBEDDED_ROLE_ENV, type FromWorker, type ToWorker } from "./protocol";

interface Pending {
  request: TransportRequest;
  attempts: number;
  /** Stream pieces already handed to the caller; a retried attempt skips that many. */
  delivered: number;
  worker: WorkerProcess | null;
  resolve(result: AnyTaskResult): void;
  reject(error: unknown): void;
}

interface WorkerProcess {
  child: ChildProcess;
  inFlight: Set<number>;
  statsWaiters: Map<number, (stats: WorkerStats | null) => void>;
}

const MAX_ATTEMPTS = 2;
const STATS_TIMEOUT_MS = 2000;

/**
 * Embedded transport: forked worker processes on this machine, started on first use. Separate processes, not
 * threads, so a native crash or out-of-memory kill in onnxruntime takes down one worker, whose requests are
 * retried on another, instead of the web server.
 */
export function createProcessPool(config: RuntimeConfig, env: NodeJS.ProcessEnv = process.env): Transport {
  // turbopackIgnore: the worker entry is a runtime path, not a module for the bundler to follow.
  const entry = resolve(/*turbopackIgnore: true*/ process.cwd(), env.INFERENCE_WORKER_ENTRY ?? "workers/inference.ts");
  const workers = new Set<WorkerProcess>();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed = false;

  function spawnWorker(): WorkerProcess {
    const child = fork(/*turbopackIgnore: true*/ entry, [], {
      execArgv: ["--import", "tsx"],
      serialization: "advanced",
      env: { ...env, [EMBEDDED_ROLE_ENV]: JSON.stringify(config) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const worker: WorkerProcess = { child, inFlight: new Set(), statsWaiters: new Map() };
    workers.add(worker);
    child.on("message", (message: FromWorker) => onMessage(worker, message));
    child.on("exit", (code, signal) => onExit(worker, code, signal));
    child.on("error", () => child.kill("SIGKILL"));
    return worker;
  }

  function onMessage(worker: WorkerProcess, message: FromWorker): void {
    if (message.type === "ready") return;
    if (message.type === "stats") {
      worker.statsWaiters.get(message.id)?.(message.stats);
      return;
    }
    const entry = pending.get(message.id);
    if (!entry || entry.worker !== worker) return;
    if (message.type === "token") {
      if (message.index === entry.delivered) {
        entry.delivered += 1;
        entry.request.onToken?.(message.text);
      }
      return;
    }
    settle(message.id, entry);
    if (message.type === "result") entry.resolve(message.result);
    else entry.reject(InferenceError.fromData(message.error));
  }

  function onExit(worker: WorkerProcess, code: number | null, signal: NodeJS.Signals | null): void {
    workers.delete(worker);
    for (const resolveStats of worker.statsWaiters.values()) resolveStats(null);
    for (const id of worker.inFlight) {
      const entry = pending.get(id);
      if (!entry) continue;
      entry.worker = null;
      if (closed) continue;
      if (entry.attempts < MAX_ATTEMPTS) dispatch(id, entry);
      else {
        settle(id, entry);
        entry.reject(new InferenceError("WORKER_CRASHED", `the inference worker exited (${signal ?? `code ${code}`}) while running this request, ${entry.attempts} times`));
      }
    }
  }

  function settle(id: number, entry: Pending): void {
    pending.delete(id);
    entry.worker?.inFlight.delete(id);
  }

  function pickWorker(): WorkerProcess {
    while (workers.size < config.workers) spawnWorker();
    let best: WorkerProcess | null = null;
    for (const worker of workers) if (!best || worker.inFlight.size < best.inFlight.size) best = worker;
    return best!;
  }

  function dispatch(id: number, entry: Pending): void {
    const worker = pickWorker();
    entry.attempts += 1;
    entry.worker = worker;
    worker.inFlight.add(id);
    const { task, input, onToken } = entry.request;
    worker.child.send({ type: "run", id, task, input, stream: Boolean(onToken) } satisfies ToWorker);
  }

  async function statsOf(worker: WorkerProcess): Promise<WorkerStats | null> {
    if (!worker.child.connected) return null;
    const id = nextId++;
    return new Promise((resolveStats) => {
      const timer = setTimeout(() => done(null), STATS_TIMEOUT_MS);
      const done = (stats: WorkerStats | null) => {
        clearTimeout(timer);
        worker.statsWaiters.delete(id);
        resolveStats(stats);
      };
      worker.statsWaiters.set(id, done);
      worker.child.send({ type: "stats", id } satisfies ToWorker);
    });
  }

  return {
    run(request) {
      if (closed) return Promise.reject(new InferenceError("UNAVAILABLE", "the inference runtime is closed"));
      if (pending.size >= config.queueLimit) {
        return Promise.reject(new InferenceError("OVERLOADED", `inference is at capacity (${pending.size} requests queued)`, { retryAfterSeconds: 1 }));
      }
      const id = nextId++;
      return new Promise<AnyTaskResult>((resolveRun, rejectRun) => {
        const entry: Pending = { request, attempts: 0, delivered: 0, worker: null, resolve: resolveRun, reject: rejectRun };
        pending.set(id, entry);
        const onAbort = () => {
          if (!pending.has(id)) return;
          if (entry.worker?.child.connected) entry.worker.child.send({ type: "cancel", id } satisfies ToWorker);
          settle(id, entry);
          rejectRun(request.signal.reason);
        };
        if (request.signal.aborted) return onAbort();
        request.signal.addEventListener("abort", onAbort, { once: true });
        dispatch(id, entry);
      });
    },

    async workers() {
      const stats = await Promise.all([...workers].map(statsOf));
      return stats.flatMap((s) => (s ? [{ ...s, alive: true }] : []));
    },

    async queueDepth() {
      return pending.size;
    },

    async close() {
      closed = true;
      for (const [id, entry] of pending) {
        settle(id, entry);
        entry.reject(new InferenceError("UNAVAILABLE", "the inference runtime is closing"));
      }
      await Promise.all(
        [...workers].map(
          (worker) =>
            new Promise<void>((done) => {
              if (worker.child.exitCode !== null || worker.child.signalCode !== null) return done();
              worker.child.once("exit", () => done());
              worker.child.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}
