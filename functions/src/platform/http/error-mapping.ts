import { DomainError, type ErrorBody, type ErrorCode } from "@kvalitetskedjan/domain";

/** The one place a coded error becomes an HTTP status. */
export const statusOf: Readonly<Record<ErrorCode, number>> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  validation_failed: 400,
  unknown_field: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  method_not_allowed: 405,
  conflict: 409,
  precondition_required: 428,
  precondition_failed: 412,
  rate_limited: 429,
  service_unavailable: 503,
  bad_gateway: 502,
  internal_error: 500,
};

interface CosmosLikeError {
  readonly code?: unknown;
  readonly retryAfterInMs?: unknown;
  readonly retryAfterInMilliseconds?: unknown;
}

/**
 * Turns anything thrown below a handler into a `DomainError`. Cosmos throttling that
 * outlived the SDK's own retries becomes 503 with `Retry-After` (QUALITY-BAR 13); a
 * stale ETag from storage becomes 412; anything unexpected is an internal error whose
 * cause is logged but never sent to the client.
 */
export function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const e = (typeof error === "object" && error !== null ? error : {}) as CosmosLikeError;
  if (e.code === 429) {
    const ms = Number(e.retryAfterInMs ?? e.retryAfterInMilliseconds ?? 1000);
    return new DomainError("service_unavailable", "The service is busy. Try again shortly.", {
      retryAfterSeconds: Math.max(1, Math.ceil(Number.isFinite(ms) ? ms / 1000 : 1)),
      cause: error,
    });
  }
  if (e.code === 412)
    return new DomainError("precondition_failed", "Someone else changed this first. Reload and try again.", { cause: error });
  if (e.code === 409) return new DomainError("conflict", "This already exists.", { cause: error });
  const timedOut = error instanceof Error && error.name === "TimeoutError";
  if (e.code === 503 || e.code === 408 || timedOut) {
    return new DomainError("service_unavailable", "The database is unavailable. Try again shortly.", {
      retryAfterSeconds: 5,
      cause: error,
    });
  }
  return new DomainError("internal_error", "Something went wrong on our side.", { cause: error });
}

export function errorBody(error: DomainError): ErrorBody {
  return {
    code: error.code,
    message: error.message,
    details: error.details.map(({ choices, ...d }) => ({ ...d, ...(choices ? { choices: [...choices] } : {}) })),
  };
}
