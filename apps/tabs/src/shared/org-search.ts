import type { OrgUnit } from "@kvalitetskedjan/domain";

/** Up to this many units the whole tree is open; a larger one opens its first three levels (1,138 units in the large data set). */
export const openAllUpTo = 200;

/** The units open at first: all of a small organisation, the top three levels of a large one. */
export function initiallyExpanded(units: readonly OrgUnit[]): Set<string> {
  return new Set(units.filter((u) => units.length <= openAllUpTo || u.path.length <= 3).map((u) => u.id));
}

/** Letters as a reader types them: case and accents do not matter ("forvaltning" finds "Förvaltning"). */
const folded = (s: string) =>
  s
    .toLocaleLowerCase("sv")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");

/** The units a search shows: each whose name contains the text, and every unit above one. */
export function searchUnits(units: readonly OrgUnit[], text: string): { visible: Set<string>; matches: number } | null {
  const wanted = folded(text.trim());
  if (wanted === "") return null;
  const visible = new Set<string>();
  let matches = 0;
  for (const u of units) {
    if (!folded(u.name).includes(wanted)) continue;
    matches++;
    for (const id of u.path) visible.add(id);
    visible.add(u.id);
  }
  return { visible, matches };
}
