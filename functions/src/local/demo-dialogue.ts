import {
  type ActivityData,
  type DialogueRepository,
  type DialogueSettingsBody,
  type DocumentDecision,
  pairId,
  type ResultsBody,
} from "@kvalitetskedjan/domain";

/** An activity of the demo's plan; the seed adds the unit's path and the person's name. */
export type DemoActivity = Omit<
  ActivityData,
  "responsibleUnitPath" | "responsiblePersonName" | "addedAfterAdoption" | "feedback" | "promise"
> & {
  readonly promise?: ActivityData["promise"];
  readonly addedAfterAdoption?: boolean;
  readonly feedback?: ActivityData["feedback"];
};

/** A municipality's dialogue planning for one plan year. */
export interface DemoDialogue {
  readonly planYearId: string;
  readonly settings: DialogueSettingsBody;
  readonly adopted: DocumentDecision | null;
  readonly activities: readonly DemoActivity[];
  readonly results: readonly (ResultsBody & { readonly activityId: string })[];
  /** Overlapping pairs already coordinated: the two activities, the note, who. */
  readonly coordinations?: readonly {
    readonly activityIds: readonly [string, string];
    readonly note: string;
    readonly by: string;
    readonly at: string;
  }[];
}

const seedUser = { userId: "system:seed", action: "seed" };

/** Writes a municipality's dialogue plan through the API's own repository. */
export async function seedDialogue(
  repo: DialogueRepository,
  tenantId: string,
  demo: DemoDialogue,
  paths: ReadonlyMap<string, readonly string[]>,
  names: ReadonlyMap<string, string>,
): Promise<void> {
  const { planYearId } = demo;
  await repo.create(tenantId, "dialogueSettings", { id: "current", ...demo.settings }, seedUser);
  if (demo.adopted) await repo.create(tenantId, "dialoguePlan", { id: planYearId, planYearId, adopted: demo.adopted }, seedUser);
  await Promise.all(
    demo.activities.map((a) =>
      repo.create(
        tenantId,
        "dialogueActivity",
        {
          ...a,
          promise: a.promise ?? { canInfluence: "", cannotInfluence: "" },
          responsibleUnitPath: [...(paths.get(a.responsibleUnitId) ?? [])],
          responsiblePersonName: names.get(a.responsiblePersonId) ?? "",
          addedAfterAdoption: a.addedAfterAdoption ?? false,
          feedback: a.feedback ?? null,
        },
        seedUser,
      ),
    ),
  );
  await Promise.all(
    (demo.coordinations ?? []).map((c) =>
      repo.create(
        tenantId,
        "dialogueCoordination",
        { ...c, id: pairId(...c.activityIds), planYearId, activityIds: [...c.activityIds].sort() as [string, string] },
        seedUser,
      ),
    ),
  );
  await Promise.all(
    demo.results.map(({ activityId, ...r }) =>
      repo.create(tenantId, "dialogueResults", { ...r, id: activityId, planYearId, activityId }, seedUser),
    ),
  );
}
