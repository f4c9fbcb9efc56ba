import { useCallback, useEffect, useState } from "react";

export type Area = "home" | "goals" | "reporting" | "documents" | "administration";
export interface ReportRef {
  readonly planYearId: string;
  readonly periodId: string;
  readonly ownerScopeId: string;
}
export type Route =
  | { area: Area | "config" }
  | { area: "report"; report: ReportRef }
  | { area: "goal"; goalId: string }
  | { area: "document"; documentId: string };

const areas = new Set(["goals", "reporting", "documents", "administration", "config"]);

export const parseRoute = (hash: string): Route => {
  const parts = hash.replace(/^#\/?/, "").split("?")[0]?.split("/").map(decodeURIComponent) ?? [];
  const [area, planYearId, periodId, ownerScopeId] = parts;
  if (area === "report" && planYearId && periodId && ownerScopeId)
    return { area: "report", report: { planYearId, periodId, ownerScopeId } };
  if (area === "goal" && planYearId) return { area: "goal", goalId: planYearId };
  if (area === "document" && planYearId) return { area: "document", documentId: planYearId };
  return { area: area && areas.has(area) ? (area as Area | "config") : "home" };
};

/**
 * The in-app route a Teams deep link carries as its sub-entity id (the activity feed's and
 * the reminder mail's links), or null when it is not one of ours.
 */
export function deepLinkHash(subEntityId: string | null | undefined): string | null {
  if (!subEntityId?.startsWith("#/") || subEntityId.length > 300) return null;
  return /^#\/[\w\-./%]*$/.test(subEntityId) ? subEntityId : null;
}

export const goalHash = (goalId: string): string => `#/goal/${encodeURIComponent(goalId)}`;

export const documentHash = (documentId: string): string => `#/document/${encodeURIComponent(documentId)}`;

export const reportHash = (r: ReportRef): string =>
  `#/report/${[r.planYearId, r.periodId, r.ownerScopeId].map(encodeURIComponent).join("/")}`;

/**
 * Hash routes (`#/home`, `#/reporting`, `#/report/{year}/{period}/{owner}`, `#/goal/{id}`, `#/config`):
 * static hosting, and deep links from Teams and from reminders.
 */
export function useHashRoute(): [Route, (area: Area) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  const navigate = useCallback((area: Area) => {
    window.location.hash = `#/${area}`;
  }, []);
  return [route, navigate];
}
