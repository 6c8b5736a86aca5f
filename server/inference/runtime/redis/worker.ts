import { type Job, UnrecoverableError, Worker } from "bullmq";
import { INFERENCE_TASKS } from "../../registry";
import type { RuntimeConfig } from "../config";
import { createEngine } from "../engine/engine";
import { PERMANENT_CODES, toInferenceError } from "../errors";
import { decodeInput } from "./codec";
import { HEARTBEAT_MS, HEARTBEAT_TTL_MS, type InferenceJobData, type ReplyMessage, cancelChannel, connect, queueName, replyChannel, workerKey, workersKey } from "./keys";

/**
 * A BullMQ consumer for every task queue. Jobs run in this process (no sandboxed processors, so a SIGKILL leaves
 * no child behind); short locks let another worker take over a killed worker's jobs within seconds.
 */
export async function runRedisWorker(config: RuntimeConfig): Promise<{ close(): Promise<void> }> {
  const url = config.redisUrl!;
  const prefix = config.queuePrefix;
  const engine = createEngine(config);
  await engine.warm();

  const connection = connect(url);
  const subscriber = connect(url);
  const publish = (jobId: string, message: ReplyMessage) => connection.publish(replyChannel(prefix, jobId), JSON.stringify(message));

  async function processJob(job: Job<InferenceJobData>, _token?: string, signal?: AbortSignal) {
    const { task, input, deadline, stream } = job.data;
    const jobId = job.id!;
    const controller = new AbortController();
    const abort = () => controller.abort();
    signal?.addEventListener("abort", abort, { once: true });
    const expiry = setTimeout(abort, Math.max(0, deadline - Date.now()));
    let index = 0;
    const onToken = stream ? (text: string) => void publish(jobId, { type: "token", index: index++, text }) : undefined;
    try {
      if (Date.now() >= deadline) throw new UnrecoverableError(JSON.stringify({ code: "TIMEOUT", message: `${task} waited past its deadline` }));
      const result = await engine.run(task, decodeInput(input), { signal: controller.signal, onToken });
      await publish(jobId, { type: "result", result });
      return result;
    } catch (error) {
      if (error instanceof UnrecoverableError) throw error;
      const failure = toInferenceError(error);
      const final = PERMANENT_CODES.has(failure.code) || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (!final) throw failure;
      await publish(jobId, { type: "error", error: failure.toData() });
      throw new UnrecoverableError(JSON.stringify(failure.toData()));
    } finally {
      clearTimeout(expiry);
      signal?.removeEventListener("abort", abort);
    }
  }

  const workers = INFERENCE_TASKS.map(
    (task) =>
      new Worker<InferenceJobData>(queueName(task), processJob, {
        connection,
        prefix,
        name: engine.id,
        concurrency: config.workerConcurrency,
        lockDuration: config.lockMs,
        stalledInterval: config.stalledIntervalMs,
        maxStalledCount: 1,
      }),
  );
  for (const worker of workers) worker.on("error", (error) => console.error(`[inference ${engine.id}] ${error.message}`));

  await subscriber.subscribe(cancelChannel(prefix));
  subscriber.on("message", (_channel: string, jobId: string) => {
    for (const worker of workers) worker.cancelJob(jobId, "cancelled by the client");
  });

  const heartbeat = async () => {
    await connection
      .multi()
      .set(workerKey(prefix, engine.id), JSON.stringify(engine.stats()), "PX", HEARTBEAT_TTL_MS)
      .zadd(workersKey(prefix), Date.now(), engine.id)
      .exec();
  };
  await heartbeat();
  const timer = setInterval(() => void heartbeat().catch(() => undefined), HEARTBEAT_MS);
  console.error(`[inference ${engine.id}] consuming ${INFERENCE_TASKS.length} queues under prefix "${prefix}"`);

  return {
    async close() {
      clearInterval(timer);
      await Promise.all(workers.map((worker) => worker.close()));
      await connection.multi().del(workerKey(prefix, engine.id)).zrem(workersKey(prefix), engine.id).exec();
      subscriber.disconnect();
      await connection.quit();
      await engine.close();
    },
  };
}
