import { lazy } from "react";
import { type DetailViewProps, defineTabModule } from "../shared/tab-module.js";

const DialogueView = lazy(() => import("./dialogue.js").then((m) => ({ default: m.DialogueView })));
const ActivityView = lazy(() =>
  import("./activity-detail.js").then((m) => ({
    default: ({ api, params: [activityId = ""] }: DetailViewProps) => <m.ActivityScreen api={api} activityId={activityId} />,
  })),
);

/** Medborgardialog (issue 15): the yearly plan of surveys and dialogues with overlaps and a timeline; each activity with its promise, results and feedback. */
export const dialogueTabModule = defineTabModule({
  name: "dialogue",
  areas: [{ area: "dialogue", view: DialogueView }],
  details: [{ name: "dialogueActivity", params: 1, area: "dialogue", view: ActivityView }],
});
