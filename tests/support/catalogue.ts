import { defaultDocumentTypes } from "@kvalitetskedjan/domain";
import { alvdala, type DemoTenant, pitea } from "../../functions/src/local/demo-data.js";
import koladaFixture from "../../functions/src/local/fixtures/kolada-v3-data-U21468.json" with { type: "json" };
import { demoAssignmentId } from "../../functions/src/local/seed.js";
import { routeTable } from "../../functions/src/platform/routes.js";
import { docxBytes } from "./files.js";
import { personId } from "./harness.js";

export interface SampleRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  /** A file, for routes that take one instead of JSON. */
  readonly file?: { readonly bytes: Uint8Array; readonly contentType: string };
  readonly ifMatch?: boolean;
  readonly write: boolean;
}

/** Ids of objects in `tenant`, to aim requests at (or, from the other tenant, to attack). */
export const targets = (tenant: DemoTenant) => {
  const isPitea = tenant === pitea;
  const reporter = isPitea ? "johan.ek" : "ali.hassan";
  const reporterScope = isPitea ? "norrmalmskolan" : "alvskolan";
  return {
    unit: isPitea ? "buf" : "omsorg",
    /** A committee none of the non-administrator test users holds a role over. */
    committee: isPitea ? "socn" : "son",
    planYear: "2026",
    kfGoal: "2026-kf-1",
    goal: isPitea ? "2026-socn-1" : "2026-son-1",
    indicator: isPitea ? "2026-socn-1-personal" : "2026-son-1-samma",
    person: personId(tenant, isPitea ? "emma.sjoberg" : "olof.berg"),
    assignment: demoAssignmentId(personId(tenant, reporter), reporterScope, 0),
    /** A governing document owned by a body none of the non-administrator test users answers for. */
    document: isPitea ? "kvalitetspolicy" : "alvdala-policy",
  };
};

/** A well-formed request for every route, aimed at `tenant`'s objects. */
export function sampleRequests(tenant: DemoTenant = pitea): Record<string, SampleRequest> {
  const t = targets(tenant);
  return {
    "health-get": { method: "GET", path: "/api/health", write: false },
    "health-details-get": { method: "GET", path: "/api/health/details", write: false },
    "openapi-get": { method: "GET", path: "/api/openapi.json", write: false },
    "me-get": { method: "GET", path: "/api/me", write: false },
    "my-items-get": { method: "GET", path: "/api/me/items", write: false },
    "org-units-list": { method: "GET", path: "/api/org/units", write: false },
    "org-unit-create": { method: "POST", path: "/api/org/units", body: { parentId: t.unit, kind: "unit", name: "Ny enhet" }, write: true },
    "org-unit-update": { method: "PATCH", path: `/api/org/units/${t.unit}`, body: { name: "Nytt namn" }, ifMatch: true, write: true },
    "people-list": { method: "GET", path: "/api/people", write: false },
    "person-create": {
      method: "POST",
      path: "/api/people",
      body: { id: "99999999-9999-4999-8999-999999999999", name: "Ny Person", mail: "ny@example.se" },
      write: true,
    },
    "person-update": { method: "PATCH", path: `/api/people/${t.person}`, body: { name: "Annat Namn" }, ifMatch: true, write: true },
    "role-assignments-list": { method: "GET", path: `/api/role-assignments?scopeId=${t.unit}`, write: false },
    "role-assignment-create": {
      method: "POST",
      path: "/api/role-assignments",
      body: { personId: t.person, role: "reader", scopeId: t.unit },
      write: true,
    },
    "role-assignment-delete": { method: "DELETE", path: `/api/role-assignments/${t.assignment}`, ifMatch: true, write: true },
    "audit-list": { method: "GET", path: `/api/audit?objectType=orgUnit&objectId=${t.unit}`, write: false },
    "goal-settings-get": { method: "GET", path: "/api/goals/settings", write: false },
    "goal-settings-update": {
      method: "PUT",
      path: "/api/goals/settings",
      body: { levels: [{ key: "kf", name: { sv: "KF:s mål" }, ownerKinds: ["council"] }], maxGoalsPerOwner: 4 },
      ifMatch: true,
      write: true,
    },
    "plan-years-list": { method: "GET", path: "/api/plan-years", write: false },
    "plan-year-create": {
      method: "POST",
      path: "/api/plan-years",
      body: { year: 2031, vision: "En vision", areas: [{ id: "a", name: "Område", kind: "strategicArea" }] },
      write: true,
    },
    "goals-list": { method: "GET", path: `/api/plan-years/${t.planYear}/goals?ownerScopeId=${t.committee}`, write: false },
    "goal-create": {
      method: "POST",
      path: "/api/goals",
      body: { planYearId: t.planYear, levelKey: "committee", ownerScopeId: t.committee, title: "Ett nytt mål", parentGoalIds: [t.kfGoal] },
      write: true,
    },
    "goal-update": { method: "PATCH", path: `/api/goals/${t.goal}`, body: { title: "Ändrat mål" }, ifMatch: true, write: true },
    "indicators-list": { method: "GET", path: `/api/plan-years/${t.planYear}/indicators?goalId=${t.goal}`, write: false },
    "indicator-create": {
      method: "POST",
      path: "/api/indicators",
      body: {
        goalId: t.goal,
        title: "Väntetid till särskilt boende",
        unit: "dagar",
        direction: "lowerIsBetter",
        periodicity: "interim",
        source: { kind: "manual" },
        splitByGender: false,
        range: { min: 0, max: 365 },
        target: 60,
      },
      write: true,
    },
    "indicator-update": { method: "PATCH", path: `/api/indicators/${t.indicator}`, body: { target: 11 }, ifMatch: true, write: true },
    "goal-review": { method: "POST", path: `/api/goals/${t.goal}/review`, body: { conclusion: "credible" }, ifMatch: true, write: true },
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
    "goal-detail-get": { method: "GET", path: `/api/goals/${t.goal}/detail`, write: false },
    "kolada-import": {
      method: "POST",
      path: "/api/kolada/imports",
      body: { source: "file", document: koladaFixture },
      write: true,
    },
    "finance-get": { method: "GET", path: `/api/plan-years/${t.planYear}/finance`, write: false },
    "finance-save": {
      method: "PUT",
      path: `/api/plan-years/${t.planYear}/finance`,
      body: { residents: 42_000, entries: [{ periodId: "interim2", ownerScopeId: t.committee, netCost: 512_300, budget: 520_000 }] },
      ifMatch: true,
      write: true,
    },
    "finance-import": {
      method: "POST",
      path: `/api/plan-years/${t.planYear}/finance/import`,
      body: { csv: `period;nämnd;nettokostnad;budget\ninterim2;${t.committee};512 300;520 000\n` },
      ifMatch: true,
      write: true,
    },
    "public-results-get": { method: "GET", path: `/api/public/${tenant.id}/results`, write: false },
    "report-docx-get": {
      method: "GET",
      path: `/api/plan-years/${t.planYear}/periods/interim1/report.docx?scopeId=${t.committee}`,
      write: false,
    },
    "notification-settings-get": { method: "GET", path: "/api/notifications/settings", write: false },
    "notification-settings-update": {
      method: "PUT",
      path: "/api/notifications/settings",
      body: { mailSender: "kvalitet@example.se" },
      ifMatch: true,
      write: true,
    },
    "notification-deliveries-get": { method: "GET", path: "/api/notifications/deliveries", write: false },
    "document-types-get": { method: "GET", path: "/api/document-types", write: false },
    "document-types-update": {
      method: "PUT",
      path: "/api/document-types",
      body: { types: defaultDocumentTypes, publishRegister: true },
      ifMatch: true,
      write: true,
    },
    "public-documents-get": { method: "GET", path: `/api/public/${tenant.id}/documents`, write: false },
    "documents-list": { method: "GET", path: "/api/documents?expiringWithinDays=180", write: false },
    "document-get": { method: "GET", path: `/api/documents/${t.document}`, write: false },
    "document-records-get": { method: "GET", path: `/api/documents/${t.document}/records`, write: false },
    "document-dispose": {
      method: "POST",
      path: `/api/documents/${t.document}/disposal`,
      body: { decisionReference: "KS 2026/200", decisionDate: "2026-11-02", reason: "Upphävd och ersatt." },
      ifMatch: true,
      write: true,
    },
    "document-create": {
      method: "POST",
      path: "/api/documents",
      body: {
        title: "Riktlinje för synpunkter",
        typeKey: "riktlinje",
        decisionBodyId: t.committee,
        ownerPersonId: t.person,
        owningBodyId: t.committee,
      },
      write: true,
    },
    "document-update": {
      method: "PATCH",
      path: `/api/documents/${t.document}`,
      body: { diaryNumber: "KS 2026/12" },
      ifMatch: true,
      write: true,
    },
    "document-transition": {
      method: "POST",
      path: `/api/documents/${t.document}/transitions`,
      body: { action: "startRevision" },
      ifMatch: true,
      write: true,
    },
    "document-file-upload": {
      method: "PUT",
      path: `/api/documents/${t.document}/file?name=Policy.docx`,
      file: { bytes: docxBytes("Policy"), contentType: "application/octet-stream" },
      ifMatch: true,
      write: true,
    },
    "document-file-get": { method: "GET", path: `/api/documents/${t.document}/file?version=1`, write: false },
    "document-library-view": { method: "GET", path: `/api/documents/${t.document}/library`, write: false },
    "document-library-get": { method: "GET", path: "/api/document-library", write: false },
    "document-library-candidates": {
      method: "GET",
      path: `/api/document-library/candidates?siteUrl=${encodeURIComponent("https://kommun.sharepoint.com/sites/styrdokument")}`,
      write: false,
    },
    "document-library-update": {
      method: "PUT",
      path: "/api/document-library",
      body: { siteUrl: "https://kommun.sharepoint.com/sites/styrdokument", driveId: "styrande-dokument" },
      ifMatch: true,
      write: true,
    },
  };
}

/** The body of a sample request, JSON or a file, as the harness sends it. */
export function bodyOf(r: SampleRequest): { body?: unknown; rawBody?: Uint8Array; headers?: Record<string, string> } {
  if (r.body !== undefined) return { body: r.body };
  if (r.file) return { rawBody: r.file.bytes, headers: { "content-type": r.file.contentType } };
  return {};
}

/** Route names from the route table; a test fails when a route has no sample. */
export const routeNames = (): string[] => routeTable().map((r) => r.spec.name);
export const isAnonymous = (name: string): boolean => routeTable().find((r) => r.spec.name === name)?.spec.auth === "anonymous";

export { alvdala, pitea };
