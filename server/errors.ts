// Typed domain errors. Domain modules throw these; the tRPC and REST layers map them to status codes.
export type DomainErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PRECONDITION_FAILED";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Stable key the UI can translate (e.g. "auth.emailTaken"). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} was not found.`, "common.notFound");
export const forbidden = (message = "You do not have permission to do that.") =>
  new DomainError("FORBIDDEN", message, "common.forbidden");
