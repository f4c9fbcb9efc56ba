import { defaultRiskCategories, defaultRiskScale } from "@kvalitetskedjan/domain";
import type { SampleRequest, Targets } from "../catalogue.js";

const decision = (bodyId: string) => ({ bodyId, date: "2026-03-10", paragraph: "§ 12" });

/** A well-formed request for each route of the internal control module, aimed at a committee's analysis and plan. */
export const internalControlSamples = (t: Targets): Record<string, SampleRequest> => ({
  "internal-control-settings-get": { method: "GET", path: "/api/internal-control/settings", write: false },
  "internal-control-settings-update": {
    method: "PUT",
    path: "/api/internal-control/settings",
    body: { riskScale: defaultRiskScale, categories: defaultRiskCategories },
    ifMatch: true,
    write: true,
  },
  "internal-control-committee-get": {
    method: "GET",
    path: `/api/plan-years/${t.planYear}/internal-control/${t.committee}`,
    write: false,
  },
  "control-plan-adopt": {
    method: "POST",
    path: `/api/plan-years/${t.planYear}/internal-control/${t.committee}/adopt`,
    body: { decision: decision(t.committee) },
    ifMatch: true,
    write: true,
  },
  "risk-create": {
    method: "POST",
    path: "/api/internal-control/risks",
    body: {
      planYearId: t.planYear,
      ownerScopeId: t.committee,
      title: "Avtal följs inte vid inköp",
      categoryKey: "financial",
      probability: 2,
      consequence: 3,
    },
    write: true,
  },
  "risk-update": {
    method: "PATCH",
    path: `/api/internal-control/risks/${t.risk}`,
    body: { title: "Ändrad risk" },
    ifMatch: true,
    write: true,
  },
  "risk-assess": {
    method: "POST",
    path: `/api/internal-control/risks/${t.risk}/assessments`,
    body: { probability: 3, consequence: 3, note: "Omprövad" },
    ifMatch: true,
    write: true,
  },
  "risk-remove": { method: "DELETE", path: `/api/internal-control/risks/${t.risk}`, ifMatch: true, write: true },
  "control-create": {
    method: "POST",
    path: "/api/internal-control/controls",
    body: {
      planYearId: t.planYear,
      ownerScopeId: t.committee,
      riskIds: [t.risk],
      title: "Inköp görs från avtalade leverantörer",
      method: "sample",
      scope: "20 inköp",
      responsiblePersonId: t.person,
      periodIds: ["interim2"],
    },
    write: true,
  },
  "control-update": {
    method: "PATCH",
    path: `/api/internal-control/controls/${t.control}`,
    body: { scope: "30 brukare" },
    ifMatch: true,
    write: true,
  },
  "control-remove": { method: "DELETE", path: `/api/internal-control/controls/${t.control}`, ifMatch: true, write: true },
  "common-control-create": {
    method: "POST",
    path: "/api/internal-control/common-controls",
    body: {
      planYearId: t.planYear,
      title: "Leasingavtal följer riktlinjen",
      method: "review",
      periodIds: ["annual"],
      decision: decision("ks"),
    },
    write: true,
  },
  "control-report-get": {
    method: "GET",
    path: `/api/internal-control/controls/${t.control}/reports/${t.controlPeriod}`,
    write: false,
  },
  "control-report-save": {
    method: "PUT",
    path: `/api/internal-control/controls/${t.control}/reports/${t.controlPeriod}`,
    body: { examined: "Insatser", sampleSize: 25, errorsFound: 0, result: "noRemark" },
    ifMatch: true,
    write: true,
  },
  "control-report-transition": {
    method: "POST",
    path: `/api/internal-control/controls/${t.control}/reports/${t.controlPeriod}/transitions`,
    body: { action: "submit" },
    ifMatch: true,
    write: true,
  },
  "internal-control-action-create": {
    method: "POST",
    path: "/api/internal-control/actions",
    body: { controlId: t.control, periodId: t.deviationPeriod, what: "Ny rutin", ownerPersonId: t.person, dueOn: "2027-03-31" },
    write: true,
  },
  "internal-control-action-update": {
    method: "PATCH",
    path: `/api/internal-control/actions/${t.internalControlAction}`,
    body: { status: "ongoing" },
    ifMatch: true,
    write: true,
  },
  "internal-control-oversight-get": {
    method: "GET",
    path: `/api/plan-years/${t.planYear}/internal-control-oversight?categoryKey=financial`,
    write: false,
  },
  "internal-control-oversight-assess": {
    method: "PUT",
    path: `/api/plan-years/${t.planYear}/internal-control-oversight/${t.committee}`,
    body: { sufficiency: "partlySufficient", reasons: "Planen är inte antagen.", decision: decision("ks") },
    ifMatch: true,
    write: true,
  },
});
