// The reporting module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
import type {
  ApprovalQueue,
  CalendarBody,
  DecideRollupBody,
  GoalTree,
  KeyParams,
  LockPeriodBody,
  MyNotifications,
  PeriodOverview,
  PeriodParams,
  PeriodQuery,
  PlanYear,
  RemindBody,
  RemindResult,
  Report,
  ReportParams,
  ReportView,
  RollupRow,
  RollupView,
  SaveReportBody,
  TransitionBody,
} from "../index.js";
import { apiRoute } from "../shared/api-route.js";

export const approvalsListRoute = apiRoute<undefined, undefined, undefined, z.output<typeof ApprovalQueue>>(
  "approvals-list",
  "GET",
  "me/approvals",
);
export const calendarUpdateRoute = apiRoute<z.input<typeof KeyParams>, undefined, z.input<typeof CalendarBody>, z.output<typeof PlanYear>>(
  "calendar-update",
  "PUT",
  "plan-years/{id}/calendar",
);
export const goalTreeGetRoute = apiRoute<z.input<typeof KeyParams>, z.input<typeof PeriodQuery>, undefined, z.output<typeof GoalTree>>(
  "goal-tree-get",
  "GET",
  "plan-years/{id}/tree",
);
export const myNotificationsListRoute = apiRoute<undefined, undefined, undefined, z.output<typeof MyNotifications>>(
  "my-notifications-list",
  "GET",
  "me/notifications",
);
export const periodLockRoute = apiRoute<z.input<typeof PeriodParams>, undefined, z.input<typeof LockPeriodBody>, z.output<typeof PlanYear>>(
  "period-lock",
  "PUT",
  "plan-years/{id}/periods/{periodId}/lock",
);
export const periodRemindRoute = apiRoute<
  z.input<typeof PeriodParams>,
  undefined,
  z.input<typeof RemindBody>,
  z.output<typeof RemindResult>
>("period-remind", "POST", "plan-years/{id}/periods/{periodId}/reminders");
export const periodStatusGetRoute = apiRoute<z.input<typeof PeriodParams>, undefined, undefined, z.output<typeof PeriodOverview>>(
  "period-status-get",
  "GET",
  "plan-years/{id}/periods/{periodId}/status",
);
export const reportGetRoute = apiRoute<z.input<typeof ReportParams>, undefined, undefined, z.output<typeof ReportView>>(
  "report-get",
  "GET",
  "reports/{planYearId}/{periodId}/{ownerScopeId}",
);
export const reportSaveRoute = apiRoute<z.input<typeof ReportParams>, undefined, z.input<typeof SaveReportBody>, z.output<typeof Report>>(
  "report-save",
  "PUT",
  "reports/{planYearId}/{periodId}/{ownerScopeId}",
);
export const reportSubmitRoute = apiRoute<
  z.input<typeof ReportParams>,
  undefined,
  z.input<typeof SaveReportBody>,
  z.output<typeof ReportView>
>("report-submit", "POST", "reports/{planYearId}/{periodId}/{ownerScopeId}/submit");
export const reportTransitionRoute = apiRoute<
  z.input<typeof ReportParams>,
  undefined,
  z.input<typeof TransitionBody>,
  z.output<typeof Report>
>("report-transition", "POST", "reports/{planYearId}/{periodId}/{ownerScopeId}/transitions");
export const rollupDecideRoute = apiRoute<
  z.input<typeof PeriodParams>,
  undefined,
  z.input<typeof DecideRollupBody>,
  z.output<typeof RollupRow>
>("rollup-decide", "PUT", "goals/{id}/rollup/{periodId}");
export const rollupGetRoute = apiRoute<z.input<typeof PeriodParams>, undefined, undefined, z.output<typeof RollupView>>(
  "rollup-get",
  "GET",
  "plan-years/{id}/periods/{periodId}/rollup",
);
