import { lazy } from "react";
import { type DetailViewProps, defineTabModule } from "../shared/tab-module.js";

const MeetingsView = lazy(() => import("./meetings.js").then((m) => ({ default: m.MeetingsView })));
const MeetingView = lazy(() =>
  import("./meeting-screen.js").then((m) => ({
    default: ({ api, params: [meetingId = ""] }: DetailViewProps) => <m.MeetingScreen api={api} meetingId={meetingId} />,
  })),
);

/** Sammanträden (issue 16): the bodies' meetings, their agendas proposed from what is due, decisions with § and the adjusted minutes. */
export const meetingsTabModule = defineTabModule({
  name: "meetings",
  areas: [{ area: "meetings", view: MeetingsView }],
  details: [{ name: "meeting", params: 1, area: "meetings", view: MeetingView }],
});
