import type { DemoTenant } from "../../../functions/src/local/demo-data.js";
import type { SampleRequest, Targets } from "../catalogue.js";

/** A well-formed request for each route of committee meetings, aimed at the body's next meeting and its last one's assignment. */
export const meetingsSamples = (t: Targets, tenant: DemoTenant): Record<string, SampleRequest> => ({
  "meetings-list": { method: "GET", path: `/api/meetings?bodyId=${t.meetingBody}&year=2026`, write: false },
  "meeting-create": {
    method: "POST",
    path: "/api/meetings",
    body: {
      bodyId: t.meetingBody,
      date: "2027-02-10",
      startsAt: "13:00",
      location: "Stadshuset",
      secretaryPersonId: t.person,
      adjusterPersonIds: [],
    },
    write: true,
  },
  "meeting-get": { method: "GET", path: `/api/meetings/${t.meeting}`, write: false },
  "meeting-update": { method: "PATCH", path: `/api/meetings/${t.meeting}`, body: { location: "Sal 3" }, ifMatch: true, write: true },
  "meeting-remove": { method: "DELETE", path: `/api/meetings/${t.meeting}`, ifMatch: true, write: true },
  "meeting-proposal-get": { method: "GET", path: `/api/meetings/${t.meeting}/proposal`, write: false },
  "meeting-agenda-save": {
    method: "PUT",
    path: `/api/meetings/${t.meeting}/agenda`,
    body: { items: [{ title: "Information från förvaltningschefen", summary: "" }] },
    ifMatch: true,
    write: true,
  },
  "meeting-publish": { method: "POST", path: `/api/meetings/${t.meeting}/publish`, ifMatch: true, write: true },
  "meeting-decision-record": {
    method: "POST",
    path: `/api/meetings/${t.meeting}/decisions`,
    body: { itemId: "i1", type: "noted", text: "Informationen noteras." },
    write: true,
  },
  "meeting-adjust": {
    method: "POST",
    path: `/api/meetings/${t.meeting}/adjust`,
    body: { adjustedOn: "2026-12-12" },
    ifMatch: true,
    write: true,
  },
  "meeting-document-get": { method: "GET", path: `/api/meetings/${t.meeting}/documents/notice?locale=sv`, write: false },
  "meeting-document-file": {
    method: "POST",
    path: `/api/meetings/${t.meeting}/library`,
    body: { document: "notice" },
    ifMatch: true,
    write: true,
  },
  "meeting-current-set": { method: "PUT", path: `/api/meetings/${t.meeting}/current`, body: { itemId: "i1" }, ifMatch: true, write: true },
  "meeting-teams-bind": {
    method: "PUT",
    path: `/api/meetings/${t.meeting}/teams`,
    body: { teamsTenantId: tenant.id, teamsMeetingId: "MCMxOTptZWV0aW5n", chatId: "19:meeting_abc@thread.v2" },
    ifMatch: true,
    write: true,
  },
  "meeting-by-teams-get": { method: "GET", path: "/api/teams-meetings/meeting?teamsMeetingId=MCMxOTptZWV0aW5n", write: false },
  "annual-cycle-get": { method: "GET", path: `/api/annual-cycle?year=2026&bodyId=${t.meetingBody}`, write: false },
  "annual-cycle-ics-get": { method: "GET", path: "/api/annual-cycle/calendar.ics?year=2026", write: false },
  "annual-cycle-milestones-save": {
    method: "PUT",
    path: "/api/annual-cycle/2026/milestones",
    body: { milestones: [{ name: "Budgetriktlinjer", date: "2026-04-30" }] },
    ifMatch: true,
    write: true,
  },
  "calendar-feed-get": { method: "GET", path: "/api/me/calendar-feed", write: false },
  "calendar-feed-create": { method: "POST", path: "/api/me/calendar-feed", body: { view: "mine" }, ifMatch: true, write: true, own: true },
  "calendar-feed-revoke": { method: "DELETE", path: "/api/me/calendar-feed", ifMatch: true, write: true, own: true },
  // Well formed, but no subscription has it: 404, as for a revoked or guessed address.
  "public-calendar-get": {
    method: "GET",
    path: `/api/public/${tenant.id}/calendar/${"0".repeat(36)}.${"A".repeat(43)}`,
    write: false,
  },
  "assignment-done": {
    method: "POST",
    path: `/api/assignments/${t.meetingAssignment}/done`,
    body: { note: "Handlingsplanen är klar." },
    ifMatch: true,
    write: true,
  },
});
