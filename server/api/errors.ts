import { ZodError } from "zod";
import { DomainError } from "@/server/errors";
import { InferenceError } from "@/server/inference";

/** OpenAI's error types, so its SDKs raise the matching exception classes. */
export type ApiErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "permission_error"
  | "rate_limit_error"
  | "insufficient_quota"
  | "api_error";

export interface ApiErrorBody {
  error: { type: ApiErrorType; code: string; message: string; param: string | null; request_id: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ApiErrorType,
    readonly code: string,
    message: string,
    readonly options: { param?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "ApiError";
  }

  body(requestId: string): ApiErrorBody {
    return { error: { type: this.type, code: this.code, message: this.message, param: this.options.param ?? null, request_id: requestId } };
  }
}

export const badRequest = (message: string, param?: string, code = "invalid_request") =>
  new ApiError(400, "invalid_request_error", code, message, { param });

function fromZod(error: ZodError): ApiError {
  const issue = error.issues[0];
  const param = issue?.path.length ? issue.path.map(String).join(".") : undefined;
  return badRequest(param ? `${param}: ${issue?.message}` : (issue?.message ?? "The request body is not valid."), param);
}

function fromInference(error: InferenceError): ApiError {
  switch (error.code) {
    case "BAD_INPUT":
      return badRequest(error.message, undefined, "bad_input");
    case "OVERLOADED": {
      const retryAfter = String(Math.max(1, Math.ceil(error.retryAfterSeconds ?? 1)));
      return new ApiError(503, "api_error", "overloaded", "The inference workers are busy. Retry shortly.", { headers: { "Retry-After": retryAfter } });
    }
    case "TIMEOUT":
      return new ApiError(504, "api_error", "timeout", "The model did not answer in time.");
    case "MODEL_MISSING":
      return new ApiError(503, "api_error", "model_missing", error.message);
    case "CANCELLED":
      return new ApiError(499, "api_error", "cancelled", "The request was cancelled.");
    case "UNAVAILABLE":
      return new ApiError(503, "api_error", "unavailable", error.message);
    default:
      return new ApiError(500, "api_error", "inference_failed", "The model failed to run this request.");
  }
}

const DOMAIN_STATUS: Record<DomainError["code"], [number, ApiErrorType]> = {
  BAD_REQUEST: [400, "invalid_request_error"],
  UNAUTHORIZED: [401, "authentication_error"],
  FORBIDDEN: [403, "permission_error"],
  NOT_FOUND: [404, "invalid_request_error"],
  CONFLICT: [409, "invalid_request_error"],
  TOO_MANY_REQUESTS: [429, "rate_limit_error"],
  PRECONDITION_FAILED: [412, "invalid_request_error"],
};

/** Every failure becomes an ApiError; unknown ones are logged and hidden behind a generic 500. */
export function toApiError(error: unknown, requestId: string): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return fromZod(error);
  if (error instanceof InferenceError) return fromInference(error);
  if (error instanceof DomainError) {
    const [status, type] = DOMAIN_STATUS[error.code];
    return new ApiError(status, type, error.code.toLowerCase(), error.message);
  }
  console.error(`[api] ${requestId} failed:`, error);
  return new ApiError(500, "api_error", "internal_error", "Something went wrong on our side. Retry, and quote the request id if it persists.");
}
