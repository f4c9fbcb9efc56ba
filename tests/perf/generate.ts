import type { Role } from "@kvalitetskedjan/domain";
import {
  type DemoGoal,
  type DemoIndicator,
  type DemoPerson,
  type DemoPlanYear,
  type DemoReport,
  type DemoTenant,
  type DemoUnit,
  demoGuid,
} from "../../functions/src/local/demo-data.js";
import type {
  DemoAction,
  DemoControl,
  DemoControlReport,
  DemoInternalControl,
  DemoRisk,
} from "../../functions/src/local/demo-internal-control.js";

import { generateDialogue } from "./generate-dialogue.js";

export interface LargeShape {
  readonly committees: number;
  readonly companies: number;
  readonly departments: number;
  readonly units: number;
  readonly people: number;
}

/** The shape issue 2 asks the benchmarks to run on, per municipality. */
export const largeShape: LargeShape = { committees: 15, companies: 20, departments: 100, units: 1000, people: 10_000 };

/**
 * A large municipality: council, board, committees, companies, departments spread over
 * the committees, units spread over the departments, and people holding the roles a real
 * one has (a chair per committee, a head per department, reporters on units, readers).
 */
export function generateMunicipality(name: string, shape: LargeShape = largeShape): DemoTenant {
  const slug = name.toLowerCase().replace(/[^a-z]/g, "");
  const units: DemoUnit[] = [
    { id: "root", parentId: null, kind: "municipality", name },
    { id: "kf", parentId: "root", kind: "council", name: "Kommunfullmäktige", shortName: "KF" },
    { id: "ks", parentId: "kf", kind: "executiveBoard", name: "Kommunstyrelsen", shortName: "KS" },
  ];
  const committees = Array.from({ length: shape.committees }, (_, i) => `n${i + 1}`);
  for (const [i, id] of committees.entries()) units.push({ id, parentId: "kf", kind: "committee", name: `Nämnd ${i + 1}` });
  for (let i = 0; i < shape.companies; i++) units.push({ id: `b${i + 1}`, parentId: "kf", kind: "company", name: `Bolag ${i + 1} AB` });
  const servable = ["ks", ...committees];
  const departments = Array.from({ length: shape.departments }, (_, i) => `f${i + 1}`);
  for (const [i, id] of departments.entries()) {
    const serves = servable[i % servable.length] as string;
    units.push({ id, parentId: serves, kind: "department", name: `Förvaltning ${i + 1}`, servesCommitteeIds: [serves] });
  }
  const leafUnits = Array.from({ length: shape.units }, (_, i) => `e${i + 1}`);
  for (const [i, id] of leafUnits.entries())
    units.push({ id, parentId: departments[i % departments.length] as string, kind: "unit", name: `Enhet ${i + 1}` });

  const people: DemoPerson[] = [];
  for (let i = 0; i < shape.people; i++) {
    const roles: { role: Role; scopeId: string }[] = [];
    if (i === 0) roles.push({ role: "administrator", scopeId: "root" });
    else if (i <= committees.length) roles.push({ role: "chair", scopeId: committees[i - 1] as string });
    else if (i <= committees.length + departments.length)
      roles.push({ role: "departmentHead", scopeId: departments[i - committees.length - 1] as string });
    else if (i % 5 === 0) roles.push({ role: "reporter", scopeId: leafUnits[i % leafUnits.length] as string });
    else if (i % 7 === 0) roles.push({ role: "reader", scopeId: "root" });
    people.push({
      id: demoGuid(`${slug}:person:${i}`),
      name: `Person ${String(i).padStart(5, "0")}`,
      mail: `p${i}@${slug}.example`,
      active: true,
      roles,
    });
  }
  return {
    id: demoGuid(`tenant:${slug}`),
    name,
    defaultLocale: "sv",
    units,
    people,
    planYears: [generatePlanYear(units)],
    internalControl: generateInternalControl(units, (i) => people[i] as DemoPerson),
    dialogue: generateDialogue(units, (i) => people[i] as DemoPerson),
    // Issue 16: the board's and every committee's last meeting (with an open assignment) and next one.
    meetings: ["ks", ...committees].map((bodyId, i) => ({
      idPrefix: `${slug}-${bodyId}`,
      bodyId,
      secretaryPersonId: (people[i + 1] as DemoPerson).id,
      adjusterPersonIds: [(people[committees.length + i + 1] as DemoPerson).id],
      location: "Stadshuset",
      assignment: { what: `Uppdrag ${i + 1}`, ownerPersonId: (people[committees.length + i + 1] as DemoPerson).id, dueInDays: 30 },
    })),
    publishResults: true,
  };
}

const categories = ["operational", "financial", "legal", "it", "reporting", "reputation", "external"] as const;
const icPeriods = ["m03", "interim1", "interim2", "annual"];

/**
 * Issue 14's scale: 40 risks and 15 controls in every executive board's, committee's and
 * company's plan (36 of them, ~1,400 risks and ~540 controls), each control reported in 4
 * periods, the first interim period reported with deviations and actions, every other plan
 * adopted.
 */
export function generateInternalControl(units: readonly DemoUnit[], person: (i: number) => DemoPerson): DemoInternalControl {
  const owners = units.filter((u) => u.kind === "executiveBoard" || u.kind === "committee" || u.kind === "company");
  const risks: DemoRisk[] = [];
  const controls: DemoControl[] = [];
  const reports: DemoControlReport[] = [];
  const actions: DemoAction[] = [];
  const adopted: Record<string, { bodyId: string; date: string; paragraph: string }> = {};
  for (const [o, owner] of owners.entries()) {
    const responsible = person((o % 15) + 1);
    for (let k = 0; k < 40; k++) {
      risks.push({
        id: `r-${owner.id}-${k}`,
        ownerScopeId: owner.id,
        title: `Risk ${k + 1} för ${owner.name}`,
        categoryKey: categories[k % categories.length] as string,
        assessments: [[(k % 4) + 1, ((k * 3) % 4) + 1]],
        decision: { kind: k % 3 === 0 ? "control" : "undecided" },
      });
    }
    for (let k = 0; k < 15; k++) {
      const id = `c-${owner.id}-${k}`;
      controls.push({
        id,
        ownerScopeId: owner.id,
        riskIds: [`r-${owner.id}-${k * 2}`],
        title: `Kontroll ${k + 1} för ${owner.name}`,
        method: "sample",
        scope: "20 poster",
        responsiblePersonId: responsible.id,
        responsibleName: responsible.name,
        periodIds: icPeriods,
        reportTo: owner.name,
      });
      const result = k % 7 === 0 ? "significantDeviation" : k % 5 === 0 ? "minorDeviation" : "noRemark";
      reports.push({
        controlId: id,
        periodId: "interim1",
        status: "reviewed",
        examined: "Januari–april",
        sampleSize: 20,
        errorsFound: result === "noRemark" ? 0 : 3,
        result,
        analysis: result === "noRemark" ? "" : "Brister i underlaget.",
      });
      if (result === "significantDeviation") {
        actions.push({
          id: `a-${owner.id}-${k}`,
          controlId: id,
          periodId: "interim1",
          what: `Åtgärd för kontroll ${k + 1}`,
          ownerPersonId: responsible.id,
          ownerPersonName: responsible.name,
          dueOn: k % 2 === 0 ? "2026-09-30" : "2027-03-31",
          status: "ongoing",
        });
      }
    }
    if (o % 2 === 0) adopted[owner.id] = { bodyId: owner.id, date: "2026-02-15", paragraph: `§ ${10 + o}` };
  }
  return { planYearId: "2026", risks, controls, adopted, reports, actions };
}

const assessments = ["fulfilled", "partlyFulfilled", "notFulfilled", "notAssessed"] as const;

/**
 * Plan year 2026 at the scale issue 3 benchmarks: 12 council goals, 5 per committee,
 * company and board, 8 per department and 2 per unit (about 3,000 goals), 3 indicators a
 * goal (about 9,000), and a reviewed interim report from every owner.
 */
export function generatePlanYear(units: readonly DemoUnit[]): DemoPlanYear {
  const areas = ["a1", "a2", "a3", "a4"];
  const goals: DemoGoal[] = [];
  const goal = (id: string, levelKey: string, ownerScopeId: string, parentGoalIds: string[], n: number): DemoGoal => ({
    id,
    levelKey,
    ownerScopeId,
    title: `Mål ${n} för ${ownerScopeId}`,
    areaId: areas[n % areas.length] as string,
    parentGoalIds,
  });
  const kf = Array.from({ length: 12 }, (_, k) => goal(`g-kf-${k}`, "kf", "kf", [], k));
  goals.push(...kf);
  const byOwner = new Map<string, DemoGoal[]>();
  for (const u of units.filter((x) => x.kind === "committee" || x.kind === "company" || x.kind === "executiveBoard")) {
    const own = Array.from({ length: 5 }, (_, k) =>
      goal(`g-${u.id}-${k}`, "committee", u.id, [(kf[(k * 7) % kf.length] as DemoGoal).id], k),
    );
    byOwner.set(u.id, own);
    goals.push(...own);
  }
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const committeeAbove = (id: string): string => {
    let at: string | null | undefined = id;
    while (at && !byOwner.has(at)) at = parentOf.get(at);
    return at ?? "ks";
  };
  for (const u of units.filter((x) => x.kind === "department" || x.kind === "unit")) {
    const above = byOwner.get(committeeAbove(u.id)) ?? [];
    const count = u.kind === "department" ? 8 : 2;
    for (let k = 0; k < count; k++) goals.push(goal(`g-${u.id}-${k}`, "unit", u.id, [(above[k % above.length] as DemoGoal).id], k));
  }
  const indicators: DemoIndicator[] = goals.flatMap((g, n) =>
    [0, 1, 2].map((k) => ({
      id: `${g.id}-i${k}`,
      goalId: g.id,
      title: `Nyckeltal ${k + 1} för ${g.id}`,
      unit: k === 0 ? "%" : "antal",
      direction: k === 1 ? ("lowerIsBetter" as const) : ("higherIsBetter" as const),
      periodicity: (["interim", "year", "interim"] as const)[k] as "interim" | "year",
      splitByGender: k === 0,
      range: { min: 0, max: 100 },
      baseline: { year: 2025, value: 40 + (n % 20) },
      target: 50 + (n % 30),
    })),
  );
  const reports: DemoReport[] = [];
  const goalsOf = new Map<string, DemoGoal[]>();
  for (const g of goals) if (g.ownerScopeId !== "kf") goalsOf.set(g.ownerScopeId, [...(goalsOf.get(g.ownerScopeId) ?? []), g]);
  let n = 0;
  for (const [owner, own] of goalsOf) {
    reports.push({
      periodId: "interim1",
      ownerScopeId: owner,
      status: "reviewed",
      assessments: Object.fromEntries(
        own.map((g) => {
          const assessment = assessments[n++ % assessments.length] as (typeof assessments)[number];
          return [g.id, assessment === "notFulfilled" ? { assessment, analysis: "Analys." } : { assessment }];
        }),
      ),
      outcomes: Object.fromEntries(
        own.flatMap((g) => [
          [`${g.id}-i0`, { total: 55, women: 57, men: 53 }],
          [`${g.id}-i2`, { total: 48 }],
        ]),
      ),
    });
  }
  return {
    year: 2026,
    vision: "En generad vision",
    areas: areas.map((id) => ({ id, name: `Område ${id}`, kind: "strategicArea" })),
    goals,
    indicators,
    reports,
  };
}

/**
 * A municipality for the register's benchmarks: council, board and committees, 40 people
 * who own documents, and `documents` adopted documents whose valid-until dates are spread
 * over three years around `today` (some expired, some within each alert threshold), a
 * tenth of them owned by someone who has left.
 */
export function generateDocumentTenant(name: string, documents: number, today: string): DemoTenant {
  const slug = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  const units: DemoUnit[] = [
    { id: "root", parentId: null, kind: "municipality", name },
    { id: "kf", parentId: "root", kind: "council", name: "Kommunfullmäktige", shortName: "KF" },
    { id: "ks", parentId: "kf", kind: "executiveBoard", name: "Kommunstyrelsen", shortName: "KS" },
    ...Array.from({ length: 8 }, (_, i) => ({ id: `n${i + 1}`, parentId: "kf", kind: "committee" as const, name: `Nämnd ${i + 1}` })),
  ];
  const bodies = ["kf", "ks", ...units.filter((u) => u.kind === "committee").map((u) => u.id)];
  const people: DemoPerson[] = Array.from({ length: 40 }, (_, i) => ({
    id: demoGuid(`${slug}:owner:${i}`),
    name: `Ägare ${i + 1}`,
    mail: `agare${i + 1}@${slug}.example`,
    active: i % 10 !== 9,
    roles:
      i === 0
        ? [{ role: "administrator" as Role, scopeId: "root" }]
        : [{ role: "documentOwner" as Role, scopeId: bodies[i % bodies.length] as string }],
  }));
  const start = Date.parse(`${today}T00:00:00Z`) - 365 * 86_400_000;
  const docs = Array.from({ length: documents }, (_, i) => {
    const owner = people[(i % (people.length - 1)) + 1] as DemoPerson;
    const body = bodies[i % bodies.length] as string;
    const validUntil = new Date(start + ((i * 1_096) % (3 * 365)) * 86_400_000).toISOString().slice(0, 10);
    const decision = { bodyId: body, date: "2023-03-06", paragraph: `§ ${(i % 300) + 1}` };
    const metadata = {
      title: `Riktlinje ${String(i + 1).padStart(5, "0")}`,
      typeKey: i % 3 === 0 ? "policy" : "riktlinje",
      decisionBodyId: body,
      ownerPersonId: owner.id,
      owningBodyId: body,
      summary: "Genererad för prestandamätning.",
      appliesTo: "Kommunens anställda",
      diaryNumber: `KS 2023/${i + 1}`,
      parentId: null,
      supersedesId: null,
      relatedGoalIds: [],
    };
    return {
      ...metadata,
      id: `d${i + 1}`,
      status: "adopted" as const,
      version: 1,
      adoptedOn: decision.date,
      lastRevised: decision,
      validUntil,
      versions: [{ version: 1, adoptedOn: decision.date, decision, validUntil, metadata }],
    };
  });
  return { id: demoGuid(`tenant:${slug}`), name, defaultLocale: "sv", units, people, documents: docs };
}
