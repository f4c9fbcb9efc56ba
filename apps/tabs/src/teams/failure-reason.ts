import { ApiError } from "../shared/api/client.js";

/**
 * What Teams is told when the tab could not load (`app.notifyFailure`): the token was
 * refused or could not be had (`auth`), the API was busy (`timeout`), or something else.
 */
export function failureReason(error: unknown): "auth" | "timeout" | "other" {
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 403) return "auth";
    return error.status === 503 || error.status === 504 ? "timeout" : "other";
  }
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return "timeout";
  // Anything else failed before the API answered: getting the Teams SSO token.
  return "auth";
}
