import { randomUUID } from "node:crypto";
import { Queue } from "bullmq";
import { INFERENCE_TASKS, type InferenceTask } from "../../registry";
import type { RuntimeConfig } from "../config";
import { InferenceError, type InferenceErrorData } from "../errors";
import type { AnyTaskResult, Transport, TransportRequest, WorkerStats } from "../types";
import { encodeInput } from "./codec";
import { type InferenceJobData, type ReplyMessage, cancelChannel, connect, queueName, replyChannel, workerKey, workersKey } from "./keys";

const JOB_ATTEMPTS = 2;
const FORGET_WORKER_MS = 60_000;
/** How often a waiting client also reads its job's state: catches jobs failed by stalls and replies lost in a reconnect. */
const POLL_MS = 1000;

/**
 * Distributed transport: one BullMQ queue per task, consumed by `npm run worker` processes anywhere. Replies
 * (tokens, result or error) come back on a per-job pub/sub channel that the client subscribes to before it
 * enqueues, so nothing is missed; the job's return value also stays in Redis for a retried request id.
 */
export function createRedisTransport(config: RuntimeConfig): Transport {
  const url = config.redisUrl!;
  const prefix = config.queuePrefix;
  const connection = connect(url);
  const subscriber = connect(url);
  const queues = new Map<InferenceTask, Queue<InferenceJobData>>();
  const listeners = new Map<string, Set<(message: ReplyMessage) => void>>();

  subscriber.on("message", (channel: string, raw: string) => {
    const message = JSON.parse(raw) as ReplyMessage;
    for (const listener of listeners.get(channel) ?? []) listener(message);
  });

  function queueFor(task: InferenceTask): Queue<InferenceJobData> {
    let queue = queues.get(task);
    if (!queue) {
      queue = new Queue<InferenceJobData>(queueName(task), { connection, prefix });
      queues.set(task, queue);
    }
    return queue;
  }

  async function depth(queue: Queue<InferenceJobData>): Promise<number> {
    const counts = await queue.getJobCounts("wait", "active", "prioritized", "delayed");
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }

  async function listen(channel: string, listener: (message: ReplyMessage) => void): Promise<() => void> {
    let set = listeners.get(channel);
    if (!set) {
      set = new Set();
      listeners.set(channel, set);
      await subscriber.subscribe(channel);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size || listeners.get(channel) !== set) return;
      listeners.delete(channel);
      void subscriber.unsubscribe(channel).catch(() => undefined);
    };
  }

  /** A retried request id whose job already ended: its stored outcome. */
  async function storedOutcome(queue: Queue<InferenceJobData>, jobId: string): Promise<ReplyMessage | null> {
    const job = await queue.getJob(jobId);
    if (!job) return null;
    const state = await job.getState();
    if (state === "completed") return { type: "result", result: job.returnvalue as AnyTaskResult };
    if (state === "failed") return { type: "error", error: parseFailure(job.failedReason) };
    return null;
  }

  return {
    async run(request: TransportRequest): Promise<AnyTaskResult> {
      const { task, signal, onToken } = request;
      const queue = queueFor(task);
      const queued = await depth(queue);
      if (queued >= config.queueLimit) {
        throw new InferenceError("OVERLOADED", `the ${task} queue is full (${queued} jobs)`, { retryAfterSeconds: 1 });
      }
      const jobId = (request.requestId ?? randomUUID()).replaceAll(":", "_");
      let delivered = 0;
      let settle!: (message: ReplyMessage) => void;
      const outcome = new Promise<ReplyMessage>((resolve) => (settle = resolve));
      const unlisten = await listen(replyChannel(prefix, jobId), (message) => {
        if (message.type !== "token") return settle(message);
        if (message.index !== delivered) return;
        delivered += 1;
        onToken?.(message.text);
      });
      const onAbort = () => {
        void connection.publish(cancelChannel(prefix), jobId).catch(() => undefined);
        void queue.remove(jobId).catch(() => undefined);
        settle({ type: "error", error: (signal.reason as InferenceError).toData() });
      };
      let poll: NodeJS.Timeout | undefined;
      try {
        if (signal.aborted) onAbort();
        signal.addEventListener("abort", onAbort, { once: true });
        const data: InferenceJobData = { task, input: encodeInput(request.input), deadline: request.deadline, stream: Boolean(onToken) };
        await queue.add(task, data, {
          jobId,
          attempts: JOB_ATTEMPTS,
          removeOnComplete: { age: 300, count: 10_000 },
          removeOnFail: { age: 3600 },
        });
        const check = () => void storedOutcome(queue, jobId).then((stored) => stored && settle(stored), () => undefined);
        if (request.requestId) check();
        poll = setInterval(check, Math.max(POLL_MS, config.lockMs / 2));
        const message = await outcome;
        if (message.type === "result") return message.result;
        throw InferenceError.fromData(message.type === "error" ? message.error : { code: "INTERNAL", message: "unexpected reply" });
      } finally {
        clearInterval(poll);
        signal.removeEventListener("abort", onAbort);
        unlisten();
      }
    },

    async workers() {
      const ids = await connection.zrange(workersKey(prefix), 0, "-1");
      if (!ids.length) return [];
      const values = await connection.mget(ids.map((id) => workerKey(prefix, id)));
      void connection.zremrangebyscore(workersKey(prefix), "-inf", String(Date.now() - FORGET_WORKER_MS)).catch(() => undefined);
      return values.flatMap((value) => (value ? [{ ...(JSON.parse(value) as WorkerStats), alive: true }] : []));
    },

    async queueDepth() {
      const depths = await Promise.all(INFERENCE_TASKS.map((task) => depth(queueFor(task))));
      return depths.reduce((a, b) => a + b, 0);
    },

    async close() {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      subscriber.disconnect();
      await connection.quit().catch(() => undefined);
    },
  };
}

/** Workers fail jobs with InferenceErrorData JSON as the reason (see worker.ts); BullMQ's own reasons are stalls. */
function parseFailure(reason: string | undefined): InferenceErrorData {
  try {
    return JSON.parse(reason ?? "") as InferenceErrorData;
  } catch {
    return { code: "WORKER_CRASHED", message: `the job failed: ${reason || "unknown reason"}` };
  }
}
