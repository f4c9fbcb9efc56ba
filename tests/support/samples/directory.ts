import type { SampleRequest, Targets } from "../catalogue.js";

/** A well-formed request for each route of the directory module: the caller, the organisation, people and roles. */
export const directorySamples = (t: Targets): Record<string, SampleRequest> => ({
  "me-get": { method: "GET", path: "/api/me", write: false },
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
});
