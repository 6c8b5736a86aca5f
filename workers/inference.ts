// Inference worker: `npm run worker` (Redis queues) or forked by the embedded pool (IPC).
import { startInferenceWorker } from "../server/inference";

// Launchers such as the tsx CLI run us as their child; if the launcher is SIGKILLed, do not linger as an orphan.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(1);
}, 1000).unref();

await startInferenceWorker();
