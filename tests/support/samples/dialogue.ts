import { defaultDialogueSettings } from "@kvalitetskedjan/domain";
import type { DemoTenant } from "../../../functions/src/local/demo-data.js";
import type { SampleRequest, Targets } from "../catalogue.js";
import { pdfBytes } from "../files.js";

/** A well-formed request for each route of dialogue planning, aimed at an activity of a unit the test users do not plan. */
export const dialogueSamples = (t: Targets, tenant: DemoTenant): Record<string, SampleRequest> => ({
  "public-dialogues-get": { method: "GET", path: `/api/public/${tenant.id}/dialogues?planYear=${t.planYear}`, write: false },
  "dialogue-settings-get": { method: "GET", path: "/api/dialogue/settings", write: false },
  "dialogue-settings-update": { method: "PUT", path: "/api/dialogue/settings", body: defaultDialogueSettings, ifMatch: true, write: true },
  "dialogue-plan-get": { method: "GET", path: `/api/plan-years/${t.planYear}/dialogue`, write: false },
  "dialogue-plan-adopt": {
    method: "POST",
    path: `/api/plan-years/${t.planYear}/dialogue/adopt`,
    body: { decision: { bodyId: "ks", date: "2026-02-10", paragraph: "§ 20" } },
    ifMatch: true,
    write: true,
  },
  "dialogue-coordination-save": {
    method: "POST",
    path: "/api/dialogue/coordinations",
    body: { activityIds: t.overlappingActivities, note: "Samordnade: samma utskick" },
    ifMatch: true,
    write: true,
  },
  "dialogue-activity-create": {
    method: "POST",
    path: "/api/dialogue/activities",
    body: {
      planYearId: t.planYear,
      title: "Dialogmöte om nya bostadsområden",
      perspective: "democracy",
      methodKey: "publicMeeting",
      ladderStep: "consultation",
      promise: { canInfluence: "Var lekplatsen placeras", cannotInfluence: "Detaljplanen" },
      targetGroupKeys: ["residents"],
      startOn: "2026-12-14",
      endOn: "2026-12-14",
      responsibleUnitId: t.dialogueUnit,
      responsiblePersonId: t.person,
    },
    write: true,
  },
  "dialogue-activity-get": { method: "GET", path: `/api/dialogue/activities/${t.dialogueActivity}`, write: false },
  "dialogue-activity-update": {
    method: "PATCH",
    path: `/api/dialogue/activities/${t.dialogueActivity}`,
    body: { purpose: "Ändrat syfte" },
    ifMatch: true,
    write: true,
  },
  "dialogue-activity-move": {
    method: "POST",
    path: `/api/dialogue/activities/${t.dialogueActivity}/status`,
    body: { status: "running" },
    ifMatch: true,
    write: true,
  },
  "dialogue-activity-remove": { method: "DELETE", path: `/api/dialogue/activities/${t.dialogueActivity}`, ifMatch: true, write: true },
  "dialogue-feedback-record": {
    method: "POST",
    path: `/api/dialogue/activities/${t.dialogueActivity}/feedback`,
    body: { givenOn: "2026-11-30", whatWasDone: "Förslagen togs med i trafikplanen.", publishedWhere: "pitea.se/trafikplan" },
    ifMatch: true,
    write: true,
  },
  "dialogue-summary-docx-get": { method: "GET", path: `/api/plan-years/${t.planYear}/dialogue/summary.docx`, write: false },
  "dialogue-trace-get": { method: "GET", path: "/api/dialogue/trace?decisionKey=budget-2027", write: false },
  "goal-dialogues-get": { method: "GET", path: `/api/goals/${t.goal}/dialogues`, write: false },
  "dialogue-attachment-add": {
    method: "POST",
    path: `/api/dialogue/activities/${t.dialogueActivity}/attachments?name=Rapport.pdf`,
    file: { bytes: pdfBytes("Rapport"), contentType: "application/pdf" },
    ifMatch: true,
    write: true,
  },
  "dialogue-attachment-get": { method: "GET", path: `/api/dialogue/activities/${t.dialogueActivity}/attachments/bilaga-1`, write: false },
  "dialogue-attachment-remove": {
    method: "DELETE",
    path: `/api/dialogue/activities/${t.dialogueActivity}/attachments/bilaga-1`,
    ifMatch: true,
    write: true,
  },
  "dialogue-results-save": {
    method: "PUT",
    path: `/api/dialogue/activities/${t.dialogueActivity}/results`,
    body: { participants: { total: 20, byGender: { woman: 12, man: 8 } }, summary: "Kort sammanfattning." },
    ifMatch: true,
    write: true,
  },
});
