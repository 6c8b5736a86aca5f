import { getInference, type InferenceHealth } from "@/server/inference";

/** One row per inference worker: device(s), loaded models, latency and error rate; the queue is shared. */
function describeWorkers(health: InferenceHealth) {
  return {
    transport: health.transport,
    ok: health.ok,
    queueDepth: health.queueDepth,
    queueLimit: health.queueLimit,
    workers: health.workers.map((worker) => {
      const requests = worker.completed + worker.errors;
      return {
        id: worker.id,
        host: worker.host,
        pid: worker.pid,
        alive: worker.alive,
        startedAt: new Date(worker.startedAt),
        devices: [...new Set(worker.models.map((model) => model.device))],
        models: worker.models.map(({ task, model, device, tiny, loadMs }) => ({ task, model, device, tiny, loadMs })),
        inFlight: worker.inFlight,
        completed: worker.completed,
        errors: worker.errors,
        errorRate: requests === 0 ? 0 : worker.errors / requests,
        p50Ms: worker.latency.p50Ms,
        p95Ms: worker.latency.p95Ms,
      };
    }),
  };
}

export async function inferenceWorkers() {
  return describeWorkers(await getInference().health());
}
