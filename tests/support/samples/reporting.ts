import type { SampleRequest, Targets } from "../catalogue.js";

/** A well-formed request for each route of the reporting module: the calendar, reports, reminders, approvals and roll-up. */
export const reportingSamples = (t: Targets): Record<string, SampleRequest> => ({
  "goal-tree-get": { method: "GET", path: `/api/plan-years/${t.planYear}/tree?scopeId=${t.committee}&periodId=interim2`, write: false },
  "calendar-update": {
    method: "PUT",
    path: `/api/plan-years/${t.planYear}/calendar`,
    body: { periods: [{ id: "annual", kind: "annual", endsOn: "2026-12-31", deadline: "2027-02-15" }] },
    ifMatch: true,
    write: true,
  },
  "period-lock": {
    method: "PUT",
    path: `/api/plan-years/${t.planYear}/periods/interim2/lock`,
    body: { locked: true },
    ifMatch: true,
    write: true,
  },
  "period-status-get": { method: "GET", path: `/api/plan-years/${t.planYear}/periods/interim2/status`, write: false },
  "period-remind": {
    method: "POST",
    path: `/api/plan-years/${t.planYear}/periods/interim2/reminders`,
    body: { ownerScopeIds: [t.committee] },
    write: true,
  },
  "report-get": { method: "GET", path: `/api/reports/${t.planYear}/interim2/${t.committee}`, write: false },
  "report-save": {
    method: "PUT",
    path: `/api/reports/${t.planYear}/interim2/${t.committee}`,
    body: { assessments: { [t.goal]: { assessment: "fulfilled" } } },
    ifMatch: true,
    write: true,
  },
  "report-transition": {
    method: "POST",
    path: `/api/reports/${t.planYear}/interim2/${t.committee}/transitions`,
    body: { action: "submit" },
    ifMatch: true,
    write: true,
  },
  "report-submit": {
    method: "POST",
    path: `/api/reports/${t.planYear}/interim2/${t.committee}/submit`,
    body: { assessments: { [t.goal]: { assessment: "fulfilled" } } },
    ifMatch: true,
    write: true,
  },
  "approvals-list": { method: "GET", path: "/api/me/approvals", write: false },
  "my-notifications-list": { method: "GET", path: "/api/me/notifications", write: false },
  "rollup-get": { method: "GET", path: `/api/plan-years/${t.planYear}/periods/interim2/rollup`, write: false },
  "rollup-decide": {
    method: "PUT",
    path: `/api/goals/${t.kfGoal}/rollup/interim2`,
    body: { assessment: "fulfilled", justification: "Bedömt i kvalitetsnätverket." },
    ifMatch: true,
    write: true,
  },
});
