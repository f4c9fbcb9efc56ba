import { feedbackDueOn, feedbackOverdue } from "../dialogue/activity-rules.js";
import type { DialogueRepository } from "../dialogue/dialogue-repository.js";
import { toDialogueSettings } from "../dialogue/dialogue-settings-service.js";
import type { DocumentRepository } from "../documents/document-repository.js";
import { effectiveStatus } from "../documents/document-rules.js";
import type { GoalRepository } from "../goals/goal-repository.js";
import { periodName } from "../goals/period-names.js";
import type { InternalControlRepository } from "../internal-control/internal-control-repository.js";
import type { ReportRepository } from "../reporting/report-repository.js";
import { rollUp } from "../reporting/rollup.js";
import type { Stored } from "../shared/store.js";
import type { MeetingUnits as Units } from "./meeting-context.js";
import type { MeetingRepository } from "./meeting-repository.js";
import type { DueForBody } from "./meeting-rules.js";

export type DueSourceDeps = {
  readonly meetings: Pick<MeetingRepository, "listOpenAssignments">;
  readonly goals: Pick<GoalRepository, "listPlanYears" | "listGoals">;
  readonly reports: Pick<ReportRepository, "listReports" | "listRollupDecisions">;
  readonly documents: Pick<DocumentRepository, "listSummaries">;
  readonly internalControl: Pick<InternalControlRepository, "loadCommittee">;
  readonly dialogue: Pick<DialogueRepository, "loadYear" | "listAwaitingFeedback">;
};

/**
 * What is due for one body at its meeting, read from the modules that hold it, in parallel:
 * reports approved and waiting for its review (of its own and the units below it), its
 * governing documents, its internal-control plan and results of the meeting's year, the
 * year's dialogue plan (for the executive board) and dialogue feedback overdue below it, and
 * the assignments its earlier meetings gave.
 */
export function createDueSource(deps: DueSourceDeps) {
  const { meetings, goals, reports, documents, internalControl, dialogue } = deps;

  /** The council's goals of each ended interim or annual period that are not yet assessed by roll-up. */
  async function rollupsDue(
    tenantId: string,
    planYear: Awaited<ReturnType<typeof goals.listPlanYears>>[number],
    bodyId: string,
    units: Units,
    meetingDate: string,
  ): Promise<DueForBody["rollups"]> {
    const [goalList, reported, decisions] = await Promise.all([
      goals.listGoals(tenantId, planYear.id),
      reports.listReports(tenantId, { planYearId: planYear.id, statuses: ["approved", "reviewed"] }),
      reports.listRollupDecisions(tenantId, planYear.id),
    ]);
    const owned = (g: { ownerScopeId: string }) => g.ownerScopeId === bodyId && units.get(g.ownerScopeId)?.kind === "council";
    const councilGoals = goalList.filter(owned).length;
    if (councilGoals === 0) return [];
    return planYear.periods
      .filter((period) => period.kind !== "month" && period.endsOn < meetingDate)
      .flatMap((period) => {
        const assessed = new Map(
          reported
            .filter((r) => r.periodId === period.id)
            .flatMap((r) => Object.entries(r.assessments).map(([id, a]) => [id, a.assessment])),
        );
        const decided = new Map(decisions.filter((d) => d.periodId === period.id).map((d) => [d.goalId, d.assessment]));
        const rows = rollUp(goalList, assessed, decided, owned).filter((row) => row.inputs.length > 0);
        const undecided = rows.filter((row) => !decided.has(row.goalId)).length;
        return undecided > 0
          ? [{ id: `${planYear.id}.${period.id}`, title: `Fullmäktiges mål: ${periodName(period, "sv")}`, undecided, goals: councilGoals }]
          : [];
      });
  }

  return async function dueFor(
    tenantId: string,
    body: Stored<{ readonly id: string; readonly kind: string; readonly name: string }>,
    units: Units,
    meetingDate: string,
  ): Promise<DueForBody> {
    const year = Number(meetingDate.slice(0, 4));
    const planYears = await goals.listPlanYears(tenantId);
    const planYear = planYears.find((y) => y.year === year) ?? null;
    const under = (path: readonly string[]) => path.includes(body.id);
    const [approved, summaries, ic, dialogueYear, awaiting, assignments, rollups] = await Promise.all([
      reports.listReports(tenantId, { statuses: ["approved"] }),
      documents.listSummaries(tenantId),
      planYear ? internalControl.loadCommittee(tenantId, planYear.id, body.id) : null,
      planYear && body.kind === "executiveBoard" ? dialogue.loadYear(tenantId, planYear.id) : null,
      dialogue.listAwaitingFeedback(tenantId),
      meetings.listOpenAssignments(tenantId, { bodyId: body.id }),
      planYear && body.kind === "council" ? rollupsDue(tenantId, planYear, body.id, units, meetingDate) : [],
    ]);
    const years = new Map(planYears.map((y) => [y.id, y]));
    const feedbackDays = toDialogueSettings(awaiting.settings).feedbackDays;
    const periodOf = (planYearId: string, periodId: string) => years.get(planYearId)?.periods.find((p) => p.id === periodId);
    const reportedPeriods = new Map<string, { reported: number; deviations: number }>();
    for (const r of ic?.reports ?? []) {
      if (r.status !== "approved" && r.status !== "reviewed") continue;
      const tally = reportedPeriods.get(r.periodId) ?? { reported: 0, deviations: 0 };
      tally.reported++;
      if (r.result !== "noRemark") tally.deviations++;
      reportedPeriods.set(r.periodId, tally);
    }
    return {
      meetingDate,
      rollups,
      reports: approved
        .filter((r) => under(r.ownerScopePath))
        .map((r) => {
          const period = periodOf(r.planYearId, r.periodId);
          const owner = units.get(r.ownerScopeId)?.name ?? r.ownerScopeId;
          return {
            id: r.id,
            title: period ? `${periodName(period, "sv")}: ${owner}` : owner,
            href: `#/report/${r.planYearId}/${r.periodId}/${r.ownerScopeId}`,
          };
        }),
      documents: summaries
        .filter((d) => d.decisionBodyId === body.id)
        .map((d) => ({ id: d.id, title: d.title, status: effectiveStatus(d.status, d.validUntil, meetingDate), validUntil: d.validUntil })),
      controlPlan:
        planYear && ic
          ? {
              id: `${planYear.id}.${body.id}`,
              title: `Internkontrollplan ${planYear.year}`,
              adopted: Boolean(ic.plans[0]?.adopted),
              controls: ic.controls.length,
            }
          : null,
      controlResults: planYear
        ? [...reportedPeriods].map(([periodId, tally]) => {
            const period = periodOf(planYear.id, periodId);
            return {
              id: `${planYear.id}.${periodId}.${body.id}`,
              title: `Internkontroll: resultat, ${period ? periodName(period, "sv") : periodId}`,
              ...tally,
            };
          })
        : [],
      dialoguePlan:
        planYear && dialogueYear
          ? {
              id: planYear.id,
              title: `Plan för medborgardialog ${planYear.year}`,
              adopted: Boolean(dialogueYear.plan?.adopted),
              activities: dialogueYear.activities.filter((a) => a.status !== "proposed").length,
            }
          : null,
      dialogueFeedbackOverdue: awaiting.activities
        .filter((a) => under(a.responsibleUnitPath) && feedbackOverdue(a, feedbackDays, meetingDate))
        .map((a) => ({ id: a.id, title: a.title, dueOn: feedbackDueOn(a.endOn, feedbackDays) })),
      openAssignments: assignments.map((a) => ({ id: a.id, what: a.what, ownerName: a.ownerName, dueOn: a.dueOn })),
    };
  };
}

export type DueSource = ReturnType<typeof createDueSource>;
