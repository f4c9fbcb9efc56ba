import type { AppArea } from "@kvalitetskedjan/domain";
import { useCallback, useEffect, useState } from "react";

export type Area = AppArea;
export interface ReportRef {
  readonly planYearId: string;
  readonly periodId: string;
  readonly ownerScopeId: string;
}
/** An area (`#/goals`), a detail screen of a module (`#/report/2026/interim2/socn`) or the tab's configuration page. */
export type Route =
  | { readonly area: Area | "config" }
  | { readonly area: Area; readonly detail: { readonly name: string; readonly params: readonly string[] } };

/** What the router needs to know of a detail screen. */
export interface DetailRoute {
  readonly name: string;
  readonly params: number;
  readonly area: Area;
}

export const parseRoute = (hash: string, areas: readonly Area[], details: readonly DetailRoute[]): Route => {
  const [name, ...params] = hash.replace(/^#\/?/, "").split("?")[0]?.split("/").map(decodeURIComponent) ?? [];
  const detail = details.find((d) => d.name === name);
  if (detail && params.length >= detail.params && params.slice(0, detail.params).every(Boolean))
    return { area: detail.area, detail: { name: detail.name, params: params.slice(0, detail.params) } };
  if (name === "config") return { area: "config" };
  return { area: areas.find((a) => a === name) ?? "home" };
};

/**
 * The in-app route a Teams deep link carries as its sub-entity id (the activity feed's and
 * the reminder mail's links), or null when it is not one of ours.
 */
export function deepLinkHash(subEntityId: string | null | undefined): string | null {
  if (!subEntityId?.startsWith("#/") || subEntityId.length > 300) return null;
  return /^#\/[\w\-./%]*$/.test(subEntityId) ? subEntityId : null;
}

const detailHash = (name: string, ...params: readonly string[]): string => `#/${[name, ...params].map(encodeURIComponent).join("/")}`;

export const goalHash = (goalId: string): string => detailHash("goal", goalId);

export const documentHash = (documentId: string): string => detailHash("document", documentId);

export const dialogueActivityHash = (activityId: string): string => detailHash("dialogueActivity", activityId);
export const meetingHash = (meetingId: string): string => detailHash("meeting", meetingId);

export const controlReportHash = (controlId: string, periodId: string): string => detailHash("controlReport", controlId, periodId);

export const reportHash = (r: ReportRef): string => detailHash("report", r.planYearId, r.periodId, r.ownerScopeId);

/**
 * Hash routes (`#/home`, `#/reporting`, `#/report/{year}/{period}/{owner}`, `#/goal/{id}`, `#/config`):
 * static hosting, and deep links from Teams and from reminders.
 */
export function useHashRoute(areas: readonly Area[], details: readonly DetailRoute[]): [Route, (area: Area) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash, areas, details));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash, areas, details));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, [areas, details]);
  const navigate = useCallback((area: Area) => {
    window.location.hash = `#/${area}`;
  }, []);
  return [route, navigate];
}
