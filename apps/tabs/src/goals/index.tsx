import { lazy } from "react";
import { defineTabModule } from "../shared/tab-module.js";

const GoalsView = lazy(() => import("./goals.js").then((m) => ({ default: m.GoalsView })));

export const goalsTabModule = defineTabModule({
  name: "goals",

  areas: [{ area: "goals", view: GoalsView }],
});
