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
  CreateRiskBody,
  InternalControlAction,
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
  TransitionBody,
  UpdateActionBody,
  UpdateControlBody,
  UpdateRiskBody,
} from "../index.js";
import { apiRoute } from "../shared/api-route.js";

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
