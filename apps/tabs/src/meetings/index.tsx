import { lazy } from "react";
import { type DetailViewProps, defineTabModule } from "../shared/tab-module.js";

const MeetingsView = lazy(() => import("./meetings.js").then((m) => ({ default: m.MeetingsView })));
const MeetingView = lazy(() =>
  import("./meeting-screen.js").then((m) => ({
    default: ({ api, params: [meetingId = ""] }: DetailViewProps) => <m.MeetingScreen api={api} meetingId={meetingId} />,
  })),
);

const PanelView = lazy(() =>
  import("./meeting-panel.js").then((m) => ({
    default: ({ api, params: [meetingId = ""] }: DetailViewProps) => <m.MeetingPanel api={api} meetingId={meetingId} />,
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
