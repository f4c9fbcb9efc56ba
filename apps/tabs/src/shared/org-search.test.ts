import type { OrgUnit } from "@kvalitetskedjan/domain";
import { describe, expect, it } from "vitest";
import { initiallyExpanded, openAllUpTo, searchUnits } from "./org-search.js";

const unit = (id: string, name: string, path: string[]): OrgUnit =>
  ({ id, name, path: [...path, id], parentId: path.at(-1) ?? null, kind: "unit", active: true }) as unknown as OrgUnit;

const units = [
  unit("pitea", "Piteå kommun", []),
  unit("kf", "Kommunfullmäktige", ["pitea"]),
  unit("bun", "Barn- och utbildningsnämnden", ["pitea", "kf"]),
  unit("buf", "Barn- och utbildningsförvaltningen", ["pitea", "kf", "bun"]),
  unit("norrmalm", "Norrmalmskolan", ["pitea", "kf", "bun", "buf"]),
];

describe("finding a unit in the organisation tree", () => {
  it("shows each match with every unit above it, whatever the case and accents", () => {
    expect(searchUnits(units, "NORRMALM")).toEqual({ visible: new Set(["pitea", "kf", "bun", "buf", "norrmalm"]), matches: 1 });
    expect(searchUnits(units, "forvaltning")?.matches).toBe(1);
    expect(searchUnits(units, "barn")?.visible).toEqual(new Set(["pitea", "kf", "bun", "buf"]));
    expect(searchUnits(units, "  ")).toBeNull();
    expect(searchUnits(units, "Luleå")).toEqual({ visible: new Set(), matches: 0 });
  });

  it("opens the whole of a small organisation, and the top three levels of a large one", () => {
    expect(initiallyExpanded(units)).toEqual(new Set(units.map((u) => u.id)));
    const large = [...units, ...Array.from({ length: openAllUpTo }, (_, i) => unit(`u${i}`, `Enhet ${i}`, ["pitea", "kf", "bun", "buf"]))];
    expect(initiallyExpanded(large)).toEqual(new Set(["pitea", "kf", "bun"]));
  });
});
