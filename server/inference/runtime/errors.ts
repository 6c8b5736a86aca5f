export type InferenceErrorCode =
  | "MODEL_MISSING"
  | "OVERLOADED"
  | "TIMEOUT"
  | "CANCELLED"
  | "BAD_INPUT"
  | "WORKER_CRASHED"
  | "UNAVAILABLE"
  | "INTERNAL";

export interface InferenceErrorData {
  code: InferenceErrorCode;
  message: string;
  retryAfterSeconds?: number;
}

export class InferenceError extends Error {
  readonly code: InferenceErrorCode;
  /** Set on OVERLOADED: when a retry is likely to be accepted. */
  readonly retryAfterSeconds?: number;

  constructor(code: InferenceErrorCode, message: string, options: { retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "InferenceError";
    this.code = code;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** Plain data for crossing a process or Redis boundary. */
  toData(): InferenceErrorData {
    return { code: this.code, message: this.message, retryAfterSeconds: this.retryAfterSeconds };
  }

  static fromData(data: InferenceErrorData): InferenceError {
    return new InferenceError(data.code, data.message, { retryAfterSeconds: data.retryAfterSeconds });
  }
}

/** Errors that would fail again on any worker: never retried. */
export const PERMANENT_CODES: ReadonlySet<InferenceErrorCode> = new Set(["MODEL_MISSING", "BAD_INPUT", "UNAVAILABLE", "TIMEOUT", "CANCELLED"]);

export function toInferenceError(error: unknown): InferenceError {
  if (error instanceof InferenceError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InferenceError("INTERNAL", message, { cause: error });
}

export function modelMissing(task: string, modelId: string, modelsDir: string): InferenceError {
  return new InferenceError(
    "MODEL_MISSING",
    `Model ${modelId} for task "${task}" is not in MODELS_DIR (${modelsDir}). ` +
      `Run \`npm run models -- pull --task ${task}\` to download it, or \`npm run models -- tiny\` for the tiny demo models.`,
  );
}
