import type { SampleRequest, Targets } from "../catalogue.js";

/** A well-formed request for each route of the goals module: goal settings, plan years, goals and indicators. */
export const goalsSamples = (t: Targets): Record<string, SampleRequest> => ({
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
  "goal-retire": {
    method: "POST",
    path: `/api/goals/${t.goal}/retire`,
    body: { note: "Nämnden beslutade att avsluta målet." },
    ifMatch: true,
    write: true,
  },
  "goal-review": { method: "POST", path: `/api/goals/${t.goal}/review`, body: { conclusion: "credible" }, ifMatch: true, write: true },
});
