import { useEffect } from "react";

/** The event a success message travels in, to the toaster that loads after the first paint. */
export const successEvent = "kvalitetskedjan:success";

/**
 * The result of an action as one toast (a new one replaces the last, so results never stack),
 * announced politely to screen readers as it appears (WCAG 4.1.3). Renders nothing in place:
 * the toaster (`success-toaster.tsx`, loaded lazily by the app) shows it, so no screen carries
 * the toast code itself.
 */
export function SuccessNotice({ message }: { message: string | null | undefined }) {
  useEffect(() => {
    if (message) window.dispatchEvent(new CustomEvent(successEvent, { detail: message }));
  }, [message]);
  return null;
}
