/**
 * Coded errors. Services throw these; the HTTP layer maps `code` to a status in one
 * place (functions/src/platform/http/error-mapping.ts). The code is the stable API contract.
 */
export const errorCodes = [
  "unauthenticated",
  "forbidden",
  "not_found",
  "validation_failed",
  "unknown_field",
  "payload_too_large",
  "unsupported_media_type",
  "method_not_allowed",
  "conflict",
  "precondition_required",
  "precondition_failed",
  "rate_limited",
  "service_unavailable",
  "bad_gateway",
  "internal_error",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. `body.parentId`. */
  readonly path?: string;
  /** A finer, stable reason code, e.g. `invalid_parent_kind`. */
  readonly reason: string;
  readonly message?: string;
  /** The values that would have been accepted, where they are few (committees, periods). */
  readonly choices?: readonly string[];
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly ErrorDetail[];
  /** Seconds a client should wait, for `rate_limited` and `service_unavailable`. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: readonly ErrorDetail[]; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DomainError";
    this.code = code;
    this.details = options.details ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const notFound = (what: string): DomainError => new DomainError("not_found", `${what} was not found.`);

export const forbidden = (reason: string): DomainError =>
  new DomainError("forbidden", "You do not have the role this requires.", { details: [{ reason }] });

export const validationFailed = (reason: string, message: string, path?: string): DomainError =>
  new DomainError("validation_failed", message, {
    details: [path === undefined ? { reason, message } : { path, reason, message }],
  });
