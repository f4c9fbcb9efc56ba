import type { DialoguePlanService } from "../dialogue/dialogue-plan-service.js";
import type { DialogueRepository } from "../dialogue/dialogue-repository.js";
import type { TenantRecord } from "../directory/directory-repository.js";
import type { DocumentDecision } from "../documents/contracts.js";
import type { DocumentRepository } from "../documents/document-repository.js";
import type { DocumentService } from "../documents/document-service.js";
import type { ControlPlanService } from "../internal-control/control-plan-service.js";
import type { ControlReportService } from "../internal-control/control-report-service.js";
import { controlPlanId } from "../internal-control/internal-control-context.js";
import type { InternalControlRepository } from "../internal-control/internal-control-repository.js";
import type { ReportRepository } from "../reporting/report-repository.js";
import type { ReportService } from "../reporting/report-service.js";
import type { RollupService } from "../reporting/rollup-service.js";
import { validationFailed } from "../shared/errors.js";
import type { Principal } from "../shared/principal.js";
import { newRecordEtag } from "../shared/records.js";
import type { Role } from "../shared/roles.js";
import type { AgendaItemKind, DecisionType } from "./contracts.js";
import { paragraphText } from "./meeting-rules.js";

/** A decision as it reaches its object: what, by which body, when and under which §. */
export interface DecisionEffect {
  readonly kind: AgendaItemKind;
  readonly refId: string;
  readonly type: DecisionType;
  readonly text: string;
  readonly body: { readonly id: string; readonly path: readonly string[] };
  readonly date: string;
  readonly paragraph: number;
  readonly validUntil?: string | undefined;
}

export type DecisionEffectDeps = {
  readonly reports: Pick<ReportRepository, "findReport">;
  readonly reportService: Pick<ReportService, "transition">;
  readonly rollup: Pick<RollupService, "rollup" | "decideRollup">;
  readonly documents: Pick<DocumentRepository, "findDocument">;
  readonly documentService: Pick<DocumentService, "transition">;
  readonly internalControl: Pick<InternalControlRepository, "find" | "loadCommittee">;
  readonly controlPlans: Pick<ControlPlanService, "adoptPlan">;
  readonly controlReports: Pick<ControlReportService, "transition">;
  readonly dialogue: Pick<DialogueRepository, "find">;
  readonly dialoguePlans: Pick<DialoguePlanService, "adoptPlan">;
};

/**
 * The committee in session: the person recording the decision, holding for this one step the
 * role the committee's decision carries on the object (a chair's review, a document's
 * adoption by its decision body). The object's own transition checks everything else, so a
 * decision in a meeting is the same step as in the object's own screen, with the meeting's
 * body, date and §.
 */
const inSession = (p: Principal, role: Role, scopePath: readonly string[]): Principal => ({
  ...p,
  assignments: [...p.assignments, { role, scopeId: scopePath[scopePath.length - 1] ?? "", scopePath }],
});

/** Applies a meeting's decision to the object it is about: reviewed, referred back, adopted. Other decisions change nothing outside the minutes. */
export function createDecisionEffects(deps: DecisionEffectDeps) {
  const {
    reports,
    reportService,
    rollup,
    documents,
    documentService,
    internalControl,
    controlPlans,
    controlReports,
    dialogue,
    dialoguePlans,
  } = deps;

  return async function apply(p: Principal, tenant: TenantRecord, e: DecisionEffect): Promise<void> {
    const decision: DocumentDecision = { bodyId: e.body.id, date: e.date, paragraph: paragraphText(e.paragraph) };
    const committee = inSession(p, "chair", e.body.path);
    switch (e.kind) {
      case "reportReview": {
        if (e.type !== "approved" && e.type !== "noted" && e.type !== "referredBack") return;
        const report = await reports.findReport(p.tenantId, e.refId);
        if (!report) throw validationFailed("object_gone", "The report is no longer there.", "body.itemId");
        const action = e.type === "referredBack" ? "return" : "review";
        await reportService.transition(
          committee,
          report.planYearId,
          report.periodId,
          report.ownerScopeId,
          { action, note: e.type === "referredBack" ? e.text : "", decision },
          report.etag,
        );
        return;
      }
      case "rollupDecision": {
        // The council approves the roll-up's suggestions for its goals not yet assessed, recorded with its decision.
        if (e.type !== "approved") return;
        const [planYearId = "", periodId = ""] = e.refId.split(".");
        const council = inSession(p, "administrator", [tenant.rootOrgUnitId]);
        const view = await rollup.rollup(council, planYearId, periodId);
        const justification = `Beslut ${e.date} ${decision.paragraph}: ${e.text}`.slice(0, 2000);
        for (const row of view.rows.filter((r) => r.decision === null && r.inputs.length > 0)) {
          await rollup.decideRollup(council, tenant, row.goalId, periodId, { assessment: row.suggested, justification }, row.etag);
        }
        return;
      }
      case "documentAdopt": {
        if (e.type !== "adopted") return;
        const doc = await documents.findDocument(p.tenantId, e.refId);
        if (!doc) throw validationFailed("object_gone", "The document is no longer there.", "body.itemId");
        await documentService.transition(
          inSession(p, "documentOwner", doc.owningBodyPath),
          tenant,
          doc.id,
          { action: "adopt", decision, ...(e.validUntil ? { validUntil: e.validUntil } : {}) },
          doc.etag,
        );
        return;
      }
      case "controlResults": {
        // The period's control results: each report approved by the department is reviewed by the committee (or referred back).
        if (e.type !== "approved" && e.type !== "noted" && e.type !== "referredBack") return;
        const [planYearId = "", periodId = ""] = e.refId.split(".");
        const { reports: controlResults } = await internalControl.loadCommittee(p.tenantId, planYearId, e.body.id);
        const action = e.type === "referredBack" ? "return" : "review";
        for (const r of controlResults.filter((x) => x.periodId === periodId && x.status === "approved")) {
          await controlReports.transition(
            inSession(p, "chair", r.ownerScopePath),
            r.controlId,
            periodId,
            { action, note: e.type === "referredBack" ? e.text : "", decision },
            r.etag,
          );
        }
        return;
      }
      case "controlPlanAdopt": {
        if (e.type !== "adopted") return;
        const [planYearId] = e.refId.split(".");
        const plan = await internalControl.find(p.tenantId, "controlPlan", controlPlanId(planYearId ?? "", e.body.id));
        await controlPlans.adoptPlan(committee, planYearId ?? "", e.body.id, { decision }, plan?.etag ?? newRecordEtag);
        return;
      }
      case "dialoguePlanAdopt": {
        if (e.type !== "adopted") return;
        const plan = await dialogue.find(p.tenantId, "dialoguePlan", e.refId);
        await dialoguePlans.adoptPlan(inSession(p, "dialogueCoordinator", e.body.path), e.refId, { decision }, plan?.etag ?? newRecordEtag);
        return;
      }
      default:
        return;
    }
  };
}

export type ApplyDecision = ReturnType<typeof createDecisionEffects>;
