import { InferenceError } from "../errors";

export interface BatchItem<I, O> {
  input: I;
  signal?: AbortSignal;
  onToken?: (text: string) => void;
  resolve(output: O): void;
  reject(error: unknown): void;
}

export interface BatcherOptions {
  windowMs: number;
  maxBatch: number;
  /** Called once per pipeline invocation with the number of requests it served. */
  onBatch?: (size: number) => void;
}

/**
 * Dynamic micro-batching: the first request of an idle batcher opens a window of `windowMs`; whatever arrives
 * in it (up to `maxBatch`) runs as one call. One batch runs at a time, and requests that arrive meanwhile form
 * the next batch, which starts as soon as the running one ends.
 */
export class MicroBatcher<I, O> {
  private readonly queue: BatchItem<I, O>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly runBatch: (items: BatchItem<I, O>[]) => Promise<O[]>,
    private readonly options: BatcherOptions,
  ) {}

  submit(input: I, extras: { signal?: AbortSignal; onToken?: (text: string) => void } = {}): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, ...extras, resolve, reject });
      this.schedule();
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.running) return;
    if (this.queue.length >= this.options.maxBatch) {
      this.clearTimer();
      void this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.flush();
      }, this.options.windowMs);
    }
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async flush(): Promise<void> {
    if (this.running) return;
    const batch: BatchItem<I, O>[] = [];
    while (batch.length < this.options.maxBatch && this.queue.length) {
      const item = this.queue.shift()!;
      if (item.signal?.aborted) item.reject(new InferenceError("CANCELLED", "the request was cancelled"));
      else batch.push(item);
    }
    if (!batch.length) return;
    this.running = true;
    this.options.onBatch?.(batch.length);
    try {
      const outputs = await this.runBatch(batch);
      batch.forEach((item, i) => item.resolve(outputs[i]!));
    } catch (error) {
      for (const item of batch) item.reject(error);
    } finally {
      this.running = false;
      if (this.queue.length) {
        this.clearTimer();
        void this.flush();
      }
    }
  }
}
