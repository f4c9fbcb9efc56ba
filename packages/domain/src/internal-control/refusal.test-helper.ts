import { DomainError } from "../shared/errors.js";

/** What a rule refused, as `path:reason` of each detail; nothing when it let the input pass. */
export function refusal(run: () => void): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.details.map((d) => `${d.path}:${d.reason}`);
    throw error;
  }
  return [];
}
