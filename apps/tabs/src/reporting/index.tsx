import { lazy } from "react";
import { type DetailViewProps, defineTabModule } from "../shared/tab-module.js";

const ReportingView = lazy(() => import("./reporting.js").then((m) => ({ default: m.ReportingView })));
const ReportView = lazy(() =>
  import("./report.js").then((m) => ({
    default: ({ api, params: [planYearId = "", periodId = "", ownerScopeId = ""] }: DetailViewProps) => (
      <m.ReportView api={api} reportRef={{ planYearId, periodId, ownerScopeId }} />
    ),
  })),
);

export const reportingTabModule = defineTabModule({
  name: "reporting",

  areas: [{ area: "reporting", view: ReportingView }],
  details: [{ name: "report", params: 3, area: "reporting", view: ReportView }],
});
