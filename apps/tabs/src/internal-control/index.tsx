import { lazy } from "react";
import { type DetailViewProps, defineTabModule } from "../shared/tab-module.js";

const InternalControlView = lazy(() => import("./internal-control.js").then((m) => ({ default: m.InternalControlView })));
const ControlReportView = lazy(() =>
  import("./control-report.js").then((m) => ({
    default: ({ api, params: [controlId = "", periodId = ""] }: DetailViewProps) => (
      <m.ControlReportScreen api={api} controlId={controlId} periodId={periodId} />
    ),
  })),
);

/** Internkontroll (issue 14): the risk analysis and matrix, the plan, results and actions, the executive board's oversight; its settings panel loads inside Administration. */
export const internalControlTabModule = defineTabModule({
  name: "internalControl",
  areas: [{ area: "internalControl", view: InternalControlView }],
  details: [{ name: "controlReport", params: 2, area: "internalControl", view: ControlReportView }],
});
