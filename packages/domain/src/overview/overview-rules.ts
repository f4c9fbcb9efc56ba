import type { OrgUnitKind } from "../directory/org-contracts.js";
import type { ReportingPeriod } from "../goals/reporting-period-contracts.js";
import type { Assessment, AssessmentCounts, ReportStatus } from "../reporting/contracts.js";

/** The scorecard's rows: the bodies that set goals under the council and answer for them. */
export const scorecardBodyKinds: readonly OrgUnitKind[] = ["executiveBoard", "committee", "company"];

/** A report's assessments count once it is submitted: a draft is not yet what the owner reports. */
export const countedStatuses: readonly ReportStatus[] = ["submitted", "approved", "reviewed"];

/** Days ahead the overview looks for governing documents running out. */
export const expiringWithinDays = 90;

export const noCounts = (): AssessmentCounts => ({ fulfilled: 0, partlyFulfilled: 0, notFulfilled: 0, notAssessed: 0 });

export function countInto(counts: AssessmentCounts, assessment: Assessment): AssessmentCounts {
  return { ...counts, [assessment]: counts[assessment] + 1 };
}

/** The body a goal's owner answers to: the first committee, company or executive board on its path; null for the council's own. */
export function bodyOf(path: readonly string[], kindOf: (id: string) => OrgUnitKind | undefined): string | null {
  return (
    path.find((id) => {
      const kind = kindOf(id);
      return kind !== undefined && scorecardBodyKinds.includes(kind);
    }) ?? null
  );
}

/** What a goal stands at in a period: the owner's assessment once the report is submitted, else not assessed. */
export function reportedAssessment(
  report:
    | { readonly status: ReportStatus; readonly assessments: Readonly<Record<string, { readonly assessment: Assessment }>> }
    | undefined,
  goalId: string,
): Assessment {
  if (!report || !countedStatuses.includes(report.status)) return "notAssessed";
  return report.assessments[goalId]?.assessment ?? "notAssessed";
}

/** The periods that carry goal assessments (interim and annual reports), in order of their end. */
export const assessmentPeriods = (periods: readonly ReportingPeriod[]): ReportingPeriod[] =>
  periods.filter((p) => p.kind !== "month").sort((a, b) => a.endsOn.localeCompare(b.endsOn));

/** The period shown first: the latest that has ended by `today`, else the first of the year. */
export function currentPeriod(periods: readonly ReportingPeriod[], today: string): ReportingPeriod | undefined {
  const ended = periods.filter((p) => p.endsOn <= today);
  return ended.at(-1) ?? periods[0];
}

/** The plan year shown first: this calendar year's, else the newest before it, else the oldest. */
export function currentPlanYear<Y extends { readonly year: number }>(years: readonly Y[], today: string): Y | undefined {
  const thisYear = Number(today.slice(0, 4));
  const sorted = [...years].sort((a, b) => b.year - a.year);
  return sorted.find((y) => y.year <= thisYear) ?? sorted.at(-1);
}

/** Whether a goal's assessment changed since the previous period. */
export const changedSincePrevious = (g: { readonly assessment: Assessment; readonly previous: Assessment | null }): boolean =>
  g.previous !== null && g.previous !== g.assessment;

/** Worse first: a goal that fell to "not fulfilled" matters more than one that rose. */
const concern: Record<Assessment, number> = { notFulfilled: 0, partlyFulfilled: 1, notAssessed: 2, fulfilled: 3 };
export const byConcern = (
  a: { readonly assessment: Assessment; readonly previous: Assessment | null; readonly title: string },
  b: { readonly assessment: Assessment; readonly previous: Assessment | null; readonly title: string },
): number =>
  concern[a.assessment] - concern[a.previous ?? a.assessment] - (concern[b.assessment] - concern[b.previous ?? b.assessment]) ||
  a.title.localeCompare(b.title, "sv");

/** A glance shows this many of a list; the rest are counted (a large municipality changes hundreds of goals). */
export const glanceLimit = 10;
