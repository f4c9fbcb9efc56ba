import type { Role } from "@kvalitetskedjan/domain";
import { type DemoPerson, type DemoTenant, type DemoUnit, demoGuid } from "../../functions/src/local/demo-data.js";

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
  return { id: demoGuid(`tenant:${slug}`), name, defaultLocale: "sv", units, people };
}
