import type { DemoTenant } from "../../../functions/src/local/demo-data.js";
import koladaFixture from "../../../functions/src/local/fixtures/kolada-v3-data-U21468.json" with { type: "json" };
import type { SampleRequest, Targets } from "../catalogue.js";

/** A well-formed request for each route of the followup module: goal detail, Kolada, cost, the Word report and public results. */
export const followupSamples = (t: Targets, tenant: DemoTenant): Record<string, SampleRequest> => ({
  "goal-detail-get": { method: "GET", path: `/api/goals/${t.goal}/detail`, write: false },
  "kolada-import": {
    method: "POST",
    path: "/api/kolada/imports",
    body: { source: "file", document: koladaFixture },
    write: true,
  },
  "kolada-kpi-search": { method: "GET", path: "/api/kolada/kpis?q=hemtj%C3%A4nst", write: false },
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
});
