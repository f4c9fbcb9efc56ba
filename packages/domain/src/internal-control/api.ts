// The internal control module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
import type {
  AssessRiskBody,
  CommitteeInternalControlView,
  CommonControlResult,
  Control,
  ControlReportBody,
  ControlReportView,
  CreateActionBody,
  CreateCommonControlBody,
  CreateControlBody,
  CreateCriticalFunctionBody,
  CreateRiskBody,
  CreateRsaMeasureBody,
  CreateRsaRiskBody,
  CriticalFunction,
  GoalRisks,
  InternalControlAction,
  InternalControlDocxQuery,
  InternalControlSettings,
  InternalControlSettingsBody,
  KeyParams,
  OversightAssessment,
  OversightAssessmentBody,
  OversightQuery,
  OversightView,
  OwnerYearParams,
  PeriodParams,
  PlanDecisionBody,
  PlanState,
  Risk,
  RsaMeasure,
  RsaQuery,
  RsaRisk,
  RsaView,
  TransitionBody,
  UpdateActionBody,
  UpdateControlBody,
  UpdateCriticalFunctionBody,
  UpdateRiskBody,
  UpdateRsaMeasureBody,
  UpdateRsaRiskBody,
} from "../index.js";
import { type ApiFile, apiRoute } from "../shared/api-route.js";

export const internalControlSettingsGetRoute = apiRoute<undefined, undefined, undefined, z.output<typeof InternalControlSettings>>(
  "internal-control-settings-get",
  "GET",
  "internal-control/settings",
);
export const internalControlSettingsUpdateRoute = apiRoute<
  undefined,
  undefined,
  z.input<typeof InternalControlSettingsBody>,
  z.output<typeof InternalControlSettings>
>("internal-control-settings-update", "PUT", "internal-control/settings");

type In<T extends z.ZodType> = z.input<T>;
type Out<T extends z.ZodType> = z.output<T>;

/* The materiality and risk analysis and the plan of one committee or company. */
export const internalControlCommitteeGetRoute = apiRoute<
  In<typeof OwnerYearParams>,
  undefined,
  undefined,
  Out<typeof CommitteeInternalControlView>
>("internal-control-committee-get", "GET", "plan-years/{id}/internal-control/{ownerScopeId}");
export const controlPlanAdoptRoute = apiRoute<In<typeof OwnerYearParams>, undefined, In<typeof PlanDecisionBody>, Out<typeof PlanState>>(
  "control-plan-adopt",
  "POST",
  "plan-years/{id}/internal-control/{ownerScopeId}/adopt",
);
export const riskCreateRoute = apiRoute<undefined, undefined, In<typeof CreateRiskBody>, Out<typeof Risk>>(
  "risk-create",
  "POST",
  "internal-control/risks",
);
export const riskUpdateRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof UpdateRiskBody>, Out<typeof Risk>>(
  "risk-update",
  "PATCH",
  "internal-control/risks/{id}",
);
export const riskAssessRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof AssessRiskBody>, Out<typeof Risk>>(
  "risk-assess",
  "POST",
  "internal-control/risks/{id}/assessments",
);
export const riskRemoveRoute = apiRoute<In<typeof KeyParams>, undefined, undefined, null>(
  "risk-remove",
  "DELETE",
  "internal-control/risks/{id}",
);
export const controlCreateRoute = apiRoute<undefined, undefined, In<typeof CreateControlBody>, Out<typeof Control>>(
  "control-create",
  "POST",
  "internal-control/controls",
);
export const controlUpdateRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof UpdateControlBody>, Out<typeof Control>>(
  "control-update",
  "PATCH",
  "internal-control/controls/{id}",
);
export const controlRemoveRoute = apiRoute<In<typeof KeyParams>, undefined, undefined, null>(
  "control-remove",
  "DELETE",
  "internal-control/controls/{id}",
);
export const commonControlCreateRoute = apiRoute<undefined, undefined, In<typeof CreateCommonControlBody>, Out<typeof CommonControlResult>>(
  "common-control-create",
  "POST",
  "internal-control/common-controls",
);

/* Results and actions. */
export const controlReportGetRoute = apiRoute<In<typeof PeriodParams>, undefined, undefined, Out<typeof ControlReportView>>(
  "control-report-get",
  "GET",
  "internal-control/controls/{id}/reports/{periodId}",
);
export const controlReportSaveRoute = apiRoute<
  In<typeof PeriodParams>,
  undefined,
  In<typeof ControlReportBody>,
  Out<typeof ControlReportView>
>("control-report-save", "PUT", "internal-control/controls/{id}/reports/{periodId}");
export const controlReportTransitionRoute = apiRoute<
  In<typeof PeriodParams>,
  undefined,
  In<typeof TransitionBody>,
  Out<typeof ControlReportView>
>("control-report-transition", "POST", "internal-control/controls/{id}/reports/{periodId}/transitions");
export const internalControlActionCreateRoute = apiRoute<
  undefined,
  undefined,
  In<typeof CreateActionBody>,
  Out<typeof InternalControlAction>
>("internal-control-action-create", "POST", "internal-control/actions");
export const internalControlActionUpdateRoute = apiRoute<
  In<typeof KeyParams>,
  undefined,
  In<typeof UpdateActionBody>,
  Out<typeof InternalControlAction>
>("internal-control-action-update", "PATCH", "internal-control/actions/{id}");

/* The executive board's oversight. */
export const internalControlOversightGetRoute = apiRoute<
  In<typeof KeyParams>,
  In<typeof OversightQuery>,
  undefined,
  Out<typeof OversightView>
>("internal-control-oversight-get", "GET", "plan-years/{id}/internal-control-oversight");
export const internalControlOversightAssessRoute = apiRoute<
  In<typeof OwnerYearParams>,
  undefined,
  In<typeof OversightAssessmentBody>,
  Out<typeof OversightAssessment>
>("internal-control-oversight-assess", "PUT", "plan-years/{id}/internal-control-oversight/{ownerScopeId}");

/* The risk and vulnerability analysis (RSA). */
export const rsaGetRoute = apiRoute<In<typeof KeyParams>, In<typeof RsaQuery>, undefined, Out<typeof RsaView>>(
  "rsa-get",
  "GET",
  "plan-years/{id}/rsa",
);
export const criticalFunctionCreateRoute = apiRoute<
  undefined,
  undefined,
  In<typeof CreateCriticalFunctionBody>,
  Out<typeof CriticalFunction>
>("critical-function-create", "POST", "rsa/functions");
export const criticalFunctionUpdateRoute = apiRoute<
  In<typeof KeyParams>,
  undefined,
  In<typeof UpdateCriticalFunctionBody>,
  Out<typeof CriticalFunction>
>("critical-function-update", "PATCH", "rsa/functions/{id}");
export const rsaRiskCreateRoute = apiRoute<undefined, undefined, In<typeof CreateRsaRiskBody>, Out<typeof RsaRisk>>(
  "rsa-risk-create",
  "POST",
  "rsa/risks",
);
export const rsaRiskUpdateRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof UpdateRsaRiskBody>, Out<typeof RsaRisk>>(
  "rsa-risk-update",
  "PATCH",
  "rsa/risks/{id}",
);
export const rsaMeasureCreateRoute = apiRoute<undefined, undefined, In<typeof CreateRsaMeasureBody>, Out<typeof RsaMeasure>>(
  "rsa-measure-create",
  "POST",
  "rsa/measures",
);
export const rsaMeasureUpdateRoute = apiRoute<In<typeof KeyParams>, undefined, In<typeof UpdateRsaMeasureBody>, Out<typeof RsaMeasure>>(
  "rsa-measure-update",
  "PATCH",
  "rsa/measures/{id}",
);

/* A goal's risks, for its detail. */
export const goalRisksGetRoute = apiRoute<In<typeof KeyParams>, undefined, undefined, Out<typeof GoalRisks>>(
  "goal-risks-get",
  "GET",
  "goals/{id}/risks",
);

/* The committee's assessment of the year, and the year's report. */
export const committeeAssessmentSaveRoute = apiRoute<
  In<typeof OwnerYearParams>,
  undefined,
  In<typeof OversightAssessmentBody>,
  Out<typeof OversightAssessment>
>("committee-assessment-save", "PUT", "plan-years/{id}/internal-control/{ownerScopeId}/assessment");
export const internalControlDocxGetRoute = apiRoute<In<typeof OwnerYearParams>, In<typeof InternalControlDocxQuery>, undefined, ApiFile>(
  "internal-control-docx-get",
  "GET",
  "plan-years/{id}/internal-control/{ownerScopeId}/report.docx",
);
