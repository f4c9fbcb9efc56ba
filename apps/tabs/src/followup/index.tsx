import { lazy } from "react";
import { type DetailViewProps, defineTabModule } from "../shared/tab-module.js";

const GoalDetailView = lazy(() =>
  import("./goal-detail.js").then((m) => ({
    default: ({ api, params: [goalId = ""] }: DetailViewProps) => <m.GoalDetailView api={api} goalId={goalId} />,
  })),
);

const ResultsView = lazy(() => import("./results.js").then((m) => ({ default: m.ResultsView })));

/** Resultat (cost, the Word report, open data and benchmarks) and goal detail (under Goals); the benchmark settings load inside Administration. */
export const followupTabModule = defineTabModule({
  name: "followup",
  areas: [{ area: "results", view: ResultsView }],

  details: [{ name: "goal", params: 1, area: "goals", view: GoalDetailView }],
});
