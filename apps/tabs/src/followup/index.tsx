import { lazy } from "react";
import { type DetailViewProps, defineTabModule } from "../shared/tab-module.js";

const GoalDetailView = lazy(() =>
  import("./goal-detail.js").then((m) => ({
    default: ({ api, params: [goalId = ""] }: DetailViewProps) => <m.GoalDetailView api={api} goalId={goalId} />,
  })),
);

/** Goal detail (under Goals); the follow-up panels load inside Uppföljning's view. */
export const followupTabModule = defineTabModule({
  name: "followup",

  details: [{ name: "goal", params: 1, area: "goals", view: GoalDetailView }],
});
