import { lazy } from "react";
import { type DetailViewProps, defineTabModule } from "../shared/tab-module.js";
import { meetingSurfaceOf, useTeamsSession } from "../teams/session-context.js";

const MeetingsView = lazy(() => import("./meetings.js").then((m) => ({ default: m.MeetingsView })));
const MeetingView = lazy(() =>
  import("./meeting-screen.js").then((m) => ({
    default: ({ api, params: [meetingId = ""] }: DetailViewProps) => <m.MeetingScreen api={api} meetingId={meetingId} />,
  })),
);

/** The tab added to a Teams meeting: its side panel, or (in the meeting's details tab) the meeting's notice and decisions. */
const PanelView = lazy(() =>
  Promise.all([import("./meeting-panel.js"), import("./meeting-screen.js")]).then(([panel, screen]) => ({
    default: function MeetingTab({ api, params: [meetingId = ""] }: DetailViewProps) {
      const surface = meetingSurfaceOf(useTeamsSession(), window.location.search);
      return surface === "details" ? (
        <screen.MeetingScreen api={api} meetingId={meetingId} details />
      ) : (
        <panel.MeetingPanel api={api} meetingId={meetingId} />
      );
    },
  })),
);
const StageView = lazy(() =>
  import("./meeting-stage.js").then((m) => ({
    default: ({ api, params: [meetingId = "", itemId = ""] }: DetailViewProps) => (
      <m.MeetingStage api={api} meetingId={meetingId} itemId={itemId} />
    ),
  })),
);

/** Sammanträden (issue 16): the bodies' meetings, their agendas proposed from what is due, decisions with § and the adjusted minutes. */
export const meetingsTabModule = defineTabModule({
  name: "meetings",
  areas: [{ area: "meetings", view: MeetingsView }],
  details: [
    { name: "meeting", params: 1, area: "meetings", view: MeetingView },
    { name: "meetingPanel", params: 1, area: "meetings", view: PanelView },
    { name: "meetingStage", params: 2, area: "meetings", view: StageView },
  ],
});
