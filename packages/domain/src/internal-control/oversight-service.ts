import { planYearOrThrow } from "../goals/goal-records.js";
import { unreported } from "../reporting/report-records.js";
import { forbidden, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion } from "../shared/records.js";
import { forDisplay, type Stored } from "../shared/store.js";
import type { OversightAssessment, OversightAssessmentBody } from "./contracts.js";
import { actionOverdue } from "./control-rules.js";
import { internalControlOwnerKinds, overseesInternalControl } from "./internal-control-access.js";
import {
  controlReportId,
  createInternalControlContext,
  currentAssessment,
  type InternalControlDeps,
  toMatrix,
} from "./internal-control-context.js";
import type { OversightAssessmentData } from "./internal-control-repository.js";
import { toInternalControlSettings } from "./internal-control-settings-service.js";
import { riskLevel, riskValue } from "./risk-rules.js";
import type { OversightQuery, OversightRow, OversightView, RiskRef } from "./view-contracts.js";

const assessmentId = (planYearId: string, ownerScopeId: string) => `${planYearId}.${ownerScopeId}`;

/**
 * The executive board's oversight (uppsiktsplikt) of every committee's and company's
 * internal control for a plan year, from one read of the year: plans adopted, controls
 * reported per period, deviations, actions, the organisation's risks on one matrix, and
 * the board's yearly assessment of each.
 */
export function createOversightService(deps: InternalControlDeps) {
  const { internalControl, goals } = deps;
  const context = createInternalControlContext(deps);

  return {
    async getOversight(p: Principal, planYearId: string, query: OversightQuery): Promise<OversightView> {
      requireMember(p);
      const [year, units, data] = await Promise.all([
        planYearOrThrow(goals, p.tenantId, planYearId, forDisplay),
        context.unitsOf(p.tenantId, forDisplay),
        internalControl.loadYearOutline(p.tenantId, planYearId),
      ]);
      const settings = toInternalControlSettings(data.settings);
      const scale = settings.riskScale;
      const today = context.today();
      const root = [...units.values()].find((u) => u.parentId === null);
      const oversees = overseesInternalControl(p, units, root?.id ?? "");
      const owners = [...units.values()]
        .filter((u) => u.active && internalControlOwnerKinds.includes(u.kind))
        .sort(
          (a, b) =>
            internalControlOwnerKinds.indexOf(a.kind) - internalControlOwnerKinds.indexOf(b.kind) || a.name.localeCompare(b.name, "sv"),
        );
      const byOwner = <T extends { ownerScopeId: string }>(items: readonly T[]) => {
        const map = new Map<string, T[]>();
        for (const item of items) {
          const list = map.get(item.ownerScopeId);
          if (list) list.push(item);
          else map.set(item.ownerScopeId, [item]);
        }
        return map;
      };
      const risks = byOwner(data.risks);
      const controls = byOwner(data.controls);
      const actions = byOwner(data.actions);
      const plans = new Map(data.plans.map((x) => [x.ownerScopeId, x]));
      const reports = new Map(data.reports.map((r) => [r.id, r]));
      const assessments = new Map(data.assessments.map((a) => [a.ownerScopeId, a]));

      const rows: OversightRow[] = owners.map((owner) => {
        const own = controls.get(owner.id) ?? [];
        const ownRisks = risks.get(owner.id) ?? [];
        const ownActions = actions.get(owner.id) ?? [];
        const deviations = { minorDeviation: 0, significantDeviation: 0 };
        const periods = year.periods.map((period) => {
          let scheduled = 0;
          let reported = 0;
          for (const c of own) {
            if (!c.periodIds.includes(period.id)) continue;
            scheduled++;
            const report = reports.get(controlReportId(c.id, period.id));
            if (report && !unreported.includes(report.status)) {
              reported++;
              if (report.result !== "noRemark") deviations[report.result]++;
            }
          }
          return { periodId: period.id, scheduled, reported, overdue: today > period.deadline ? scheduled - reported : 0 };
        });
        const assessment = assessments.get(owner.id) ?? null;
        const open = ownActions.filter((a) => a.status !== "done");
        return {
          owner: { id: owner.id, name: owner.name, kind: owner.kind },
          adopted: plans.get(owner.id)?.adopted ?? null,
          riskCount: ownRisks.length,
          highRiskCount: ownRisks.filter((r) => {
            const { probability, consequence } = currentAssessment(r);
            return ["high", "veryHigh"].includes(riskLevel(riskValue(probability, consequence), scale));
          }).length,
          controlCount: own.length,
          periods: periods.filter((x) => x.scheduled > 0),
          deviations,
          openActions: open.length,
          overdueActions: open.filter((a) => actionOverdue(a, today)).length,
          assessment: assessment
            ? { sufficiency: assessment.sufficiency, reasons: assessment.reasons, decision: assessment.decision, etag: assessment.etag }
            : null,
          assessmentEtag: assessment?.etag ?? "new",
        };
      });

      const names = new Map(owners.map((o) => [o.id, o.name]));
      const placed: (RiskRef & { probability: number; consequence: number })[] = data.risks
        .filter((r) => names.has(r.ownerScopeId))
        .filter((r) => (query.categoryKey ? r.categoryKey === query.categoryKey : true))
        .filter((r) => (query.ownerScopeId ? r.ownerScopeId === query.ownerScopeId : true))
        .map((r) => {
          const { probability, consequence } = currentAssessment(r);
          return {
            id: r.id,
            title: r.title,
            ownerScopeId: r.ownerScopeId,
            ownerName: names.get(r.ownerScopeId) ?? "",
            categoryKey: r.categoryKey,
            level: riskLevel(riskValue(probability, consequence), scale),
            probability,
            consequence,
          };
        });
      return {
        planYearId,
        today,
        periods: [...year.periods],
        categories: settings.categories,
        rows,
        matrix: toMatrix(scale, placed),
        allowed: { assess: oversees, addCommonControl: oversees },
      };
    },

    /** The executive board's yearly assessment of one committee's internal control, recorded as its decision. */
    async assess(
      p: Principal,
      planYearId: string,
      ownerScopeId: string,
      body: OversightAssessmentBody,
      etag: string,
    ): Promise<OversightAssessment> {
      requireMember(p);
      const [, units, current] = await Promise.all([
        planYearOrThrow(goals, p.tenantId, planYearId),
        context.unitsOf(p.tenantId),
        internalControl.find(p.tenantId, "oversightAssessment", assessmentId(planYearId, ownerScopeId)),
      ]);
      const root = [...units.values()].find((u) => u.parentId === null);
      if (!overseesInternalControl(p, units, root?.id ?? "")) throw forbidden("requires_executive_board:internalControl.assess");
      const owner = context.ownerOrThrow(units, ownerScopeId, "params.ownerScopeId");
      context.assertDecision(units, body.decision, "body.decision");
      if (units.get(body.decision.bodyId)?.kind !== "executiveBoard") {
        throw validationFailed(
          "decision_body_not_executive_board",
          "The assessment is the executive board's decision.",
          "body.decision.bodyId",
        );
      }
      const live: Stored<OversightAssessmentData> | null = current && !current.deleted ? current : null;
      const data: OversightAssessmentData = { id: assessmentId(planYearId, owner.id), planYearId, ownerScopeId: owner.id, ...body };
      const audit = { userId: p.userId, action: "oversightAssessment.save" };
      assertVersion(live, etag);
      const saved = live
        ? await internalControl.replace(p.tenantId, "oversightAssessment", live, data, etag, audit)
        : await internalControl.create(p.tenantId, "oversightAssessment", data, audit);
      return { sufficiency: saved.sufficiency, reasons: saved.reasons, decision: saved.decision, etag: saved.etag };
    },
  };
}

export type OversightService = ReturnType<typeof createOversightService>;
