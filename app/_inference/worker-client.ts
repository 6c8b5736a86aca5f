// Request/response over a dedicated worker: one in-flight map, progress callbacks, crash → every pending call fails.
import type { BrowserDevice, WorkerMessage } from "./protocol";

export interface Progress {
  file: string;
  loaded: number;
  total: number;
}

interface Pending {
  resolve: (value: { output: unknown; device: BrowserDevice }) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: Progress) => void;
}

export class WorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly create: () => Worker) {}

  call(message: { requestId?: number } & Record<string, unknown>, onProgress?: (p: Progress) => void, transfer: Transferable[] = []) {
    const requestId = this.nextId++;
    return new Promise<{ output: unknown; device: BrowserDevice }>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject, onProgress });
      this.ensure().postMessage({ ...message, requestId }, transfer);
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => this.receive(event.data));
    // A crashed worker fails everything in flight; the next call starts a fresh one.
    worker.addEventListener("error", (event) => {
      for (const entry of this.pending.values()) entry.reject(new Error(event.message || "The in-browser model worker crashed."));
      this.pending.clear();
      worker.terminate();
      this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  private receive(message: WorkerMessage) {
    const entry = this.pending.get(message.requestId);
    if (!entry) return;
    if (message.type === "progress") return entry.onProgress?.(message);
    this.pending.delete(message.requestId);
    if (message.type === "result") entry.resolve({ output: message.output, device: message.device });
    else entry.reject(new Error(message.message));
  }
}
