import type { DocumentDecision } from "../documents/contracts.js";
import type { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import { unreported } from "../reporting/report-records.js";
import type { Stored } from "../shared/store.js";
import type { ControlPeriodStatus } from "./contracts.js";
import { controlReportId } from "./internal-control-context.js";
import type {
  CommitteeInternalControl,
  ControlData,
  ControlPlanData,
  ControlReportData,
  OversightAssessmentData,
} from "./internal-control-repository.js";
import type { PlanState } from "./view-contracts.js";

/* How a committee's plan reads on its screen and in its report: each control's periods, the plan's decisions, the year's assessments. */

/** The periods of a control with each one's report status, result and whether it is late. */
export function periodStatuses(
  control: ControlData,
  reports: ReadonlyMap<string, ControlReportData>,
  calendar: readonly ReportingPeriod[],
  today: string,
): ControlPeriodStatus[] {
  return calendar
    .filter((period) => control.periodIds.includes(period.id))
    .map((period) => {
      const report = reports.get(controlReportId(control.id, period.id));
      const status = report?.status ?? "notStarted";
      const reported = !unreported.includes(status);
      return {
        periodId: period.id,
        status,
        result: reported && report ? report.result : null,
        analysis: reported && report ? report.analysis : "",
        overdue: !reported && today > period.deadline,
      };
    });
}

/** A committee's own assessment of the year and the board's, as the screen and the report show them. */
export function assessmentsOf(data: CommitteeInternalControl, ownerScopeId: string) {
  const dto = (a: Stored<OversightAssessmentData> | undefined) =>
    a ? { sufficiency: a.sufficiency, reasons: a.reasons, decision: a.decision, etag: a.etag } : null;
  const own = data.committeeAssessments.find((a) => a.ownerScopeId === ownerScopeId);
  return {
    assessment: dto(own),
    assessmentEtag: own?.etag ?? "new",
    boardAssessment: dto(data.assessments.find((a) => a.ownerScopeId === ownerScopeId)),
  };
}

export const planState = (plan: Stored<ControlPlanData> | null, controls: readonly ControlData[]): PlanState => {
  const amendments = new Map<string, DocumentDecision>();
  for (const d of [...(plan?.amendments ?? []), ...controls.flatMap((c) => (c.amendment ? [c.amendment] : []))]) {
    amendments.set(`${d.bodyId}|${d.date}|${d.paragraph}`, d);
  }
  return {
    adopted: plan?.adopted ?? null,
    amendments: [...amendments.values()].sort((a, b) => a.date.localeCompare(b.date)),
    etag: plan?.etag ?? "new",
  };
};
