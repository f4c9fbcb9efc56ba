import { addDays, type DialogueSettingsBody, defaultDialogueSettings, type TargetGroup } from "@kvalitetskedjan/domain";
import type { DemoPerson, DemoUnit } from "../../functions/src/local/demo-data.js";
import type { DemoActivity, DemoDialogue } from "../../functions/src/local/demo-dialogue.js";

const statuses = ["proposed", "planned", "running", "completed", "feedbackGiven"] as const;
const steps = ["information", "consultation", "participation", "coDecision"] as const;

/**
 * Issue 15's scale: a year's plan of 300 activities from the departments and committees, over
 * a taxonomy of 12 districts × 8 age bands (110 target groups, each with its population), a
 * third of them with results (participants by gender, age band and district, three questions).
 */
export function generateDialogue(units: readonly DemoUnit[], person: (i: number) => DemoPerson): DemoDialogue {
  const districts = Array.from({ length: 12 }, (_, i) => ({ key: `d${i + 1}`, name: `Område ${i + 1}` }));
  const bands = defaultDialogueSettings.ageBands;
  const groups: TargetGroup[] = [
    { key: "residents", name: "Invånare", parentKey: null, districtKey: null, ageBandKey: null, population: null },
  ];
  for (const b of bands) {
    groups.push({
      key: `age-${b.key}`,
      name: `Invånare ${b.name}`,
      parentKey: "residents",
      districtKey: null,
      ageBandKey: b.key,
      population: null,
    });
    for (const d of districts) {
      groups.push({
        key: `${d.key}-${b.key}`,
        name: `${b.name} i ${d.name}`,
        parentKey: `age-${b.key}`,
        districtKey: d.key,
        ageBandKey: null,
        population: {
          total: 400 + ((d.key.length * 37 + b.from) % 300),
          byGender: { woman: 200, man: 200 },
          byAgeBand: {},
          byDistrict: {},
        },
      });
    }
  }
  const settings: DialogueSettingsBody = {
    ...defaultDialogueSettings,
    districts,
    targetGroups: groups.slice(0, 110),
    decisions: [
      { key: "budget", name: "Budget" },
      { key: "vp", name: "Verksamhetsplan" },
    ],
    publish: true,
  };
  const owners = units.filter((u) => u.kind === "department" || u.kind === "committee");
  const keys = settings.targetGroups.map((g) => g.key);
  const activities: DemoActivity[] = Array.from({ length: 300 }, (_, i) => {
    const startOn = addDays("2026-01-05", (i * 7) % 330);
    const status = statuses[i % statuses.length] ?? "planned";
    const step = steps[i % steps.length] ?? "consultation";
    return {
      id: `dlg-${i}`,
      planYearId: "2026",
      title: `Dialog ${String(i).padStart(3, "0")}`,
      purpose: "Underlag till verksamhetens utveckling.",
      perspective: i % 2 === 0 ? "democracy" : "service",
      methodKey: settings.methods[i % settings.methods.length]?.key ?? "survey",
      ladderStep: step,
      promise: { canInfluence: step === "information" ? "" : "Prioriteringarna i verksamhetsplanen.", cannotInfluence: "Budgetramen." },
      targetGroupKeys: [keys[(i * 13) % keys.length] ?? "residents", keys[(i * 29 + 5) % keys.length] ?? "residents"],
      startOn,
      endOn: addDays(startOn, 14 + (i % 4) * 7),
      responsibleUnitId: owners[i % owners.length]?.id ?? "root",
      responsiblePersonId: person(200 + i).id,
      goalIds: [],
      feedsDecisionKey: i % 3 === 0 ? "budget" : i % 3 === 1 ? "vp" : null,
      cost: 5_000 + (i % 10) * 1_000,
      focusDecision: null,
      status,
      ...(status === "feedbackGiven"
        ? {
            feedback: {
              givenOn: addDays(startOn, 60),
              whatWasDone: "Synpunkterna togs med i planen.",
              publishedWhere: "Kommunens webbplats",
              recordedBy: "Demodata",
            },
          }
        : {}),
    };
  });
  const results = activities
    .filter((a) => a.status === "completed" || a.status === "feedbackGiven")
    .map((a, i) => {
      const total = 20 + ((i * 97) % 880);
      const woman = Math.floor(total * 0.52);
      return {
        activityId: a.id,
        participants: {
          total,
          byGender: { woman, man: total - woman - 3, other: 3 },
          byAgeBand: Object.fromEntries(bands.map((b, j) => [b.key, Math.floor(total / bands.length) - (j === 0 ? 2 : 0)])),
          byDistrict: Object.fromEntries(districts.map((d, j) => [d.key, Math.floor(total / districts.length) - (j % 3)])),
        },
        questions: [1, 2, 3].map((q) => {
          const c = Math.floor(total / 4);
          return { text: `Fråga ${q}`, counts: [c - q, c, c + q, total - 3 * c - q] as [number, number, number, number], byGroup: [] };
        }),
        summary: "Deltagarna lyfte trygghet och mötesplatser.",
        themes: ["Trygghet", "Mötesplatser"],
        links: { goalIds: [], indicatorIds: [], decisionKeys: a.feedsDecisionKey ? [a.feedsDecisionKey] : [] },
      };
    });
  return { planYearId: "2026", settings, adopted: { bodyId: "ks", date: "2026-01-27", paragraph: "§ 10" }, activities, results };
}
