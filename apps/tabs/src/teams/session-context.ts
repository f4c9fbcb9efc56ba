import { createContext, useContext } from "react";
import type { TeamsSession } from "./teams-host.js";

/** The Teams session the tab runs in, for the screens that use Teams itself (sharing to the meeting's stage); null outside Teams. */
export const TeamsSessionContext = createContext<TeamsSession | null>(null);
export const useTeamsSession = (): TeamsSession | null => useContext(TeamsSessionContext);

/**
 * The meeting surface the tab fills: Teams says so in its frame context — the side panel, the
 * stage, or the meeting's details tab (a tab's content frame in a meeting); outside Teams
 * `?surface=` opens the same at its size.
 */
export type MeetingSurface = "sidePanel" | "stage" | "details";

export function meetingSurfaceOf(session: TeamsSession | null, search: string): MeetingSurface | null {
  if (session?.frameContext === "sidePanel") return "sidePanel";
  if (session?.frameContext === "meetingStage") return "stage";
  if (session?.frameContext === "content" && session.meeting) return "details";
  const asked = new URLSearchParams(search).get("surface");
  return asked === "sidePanel" || asked === "stage" || asked === "details" ? asked : null;
}
