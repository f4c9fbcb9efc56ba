// What the dialogue services read alike (the year's plan with the organisation and the
// settings, a record or 404, a person who can be given a task) and the activity's DTO.
import { activePersonOrThrow, type DirectoryRepository, type OrgUnitData } from "../directory/directory-repository.js";
import { planYearOrThrow } from "../goals/goal-records.js";
import type { GoalRepository } from "../goals/goal-repository.js";
import { stockholmDate } from "../shared/dates.js";
import { validationFailed } from "../shared/errors.js";
import type { Principal } from "../shared/principal.js";
import { liveOrThrow, metaOf } from "../shared/records.js";
import type { Clock, IdGenerator, ReadFreshness, Stored } from "../shared/store.js";
import { feedbackDueOn, feedbackOverdue } from "./activity-rules.js";
import type { Activity, ActivityOverlap, DialogueSettings } from "./contracts.js";
import { activityRoles } from "./dialogue-access.js";
import type {
  ActivityData,
  CoordinationData,
  DialogueRecordType,
  DialogueRecordTypes,
  DialogueRepository,
  DialogueYear,
} from "./dialogue-repository.js";
import { toDialogueSettings } from "./dialogue-settings-service.js";
import { overlapsOf, pairId, type ResolvedGroup, resolveGroups } from "./target-group-rules.js";

export type DialogueDeps = {
  readonly dialogue: DialogueRepository;
  readonly directory: Pick<DirectoryRepository, "listOrgUnits" | "findPerson">;
  readonly goals: Pick<GoalRepository, "findPlanYear" | "findGoals" | "findIndicators">;
  readonly ids: IdGenerator;
  readonly clock: Clock;
};

export type Units = ReadonlyMap<string, Stored<OrgUnitData>>;

/** A year's plan as the services use it: the records, the settings resolved, the organisation and its root. */
export interface LoadedYear extends DialogueYear {
  readonly dialogueSettings: DialogueSettings;
  /** The target groups with what they inherit, resolved once for the year's every activity. */
  readonly groups: ReadonlyMap<string, ResolvedGroup>;
  readonly units: Units;
  readonly rootId: string;
}

/** Everything an activity's DTO is made from, beside the activity. */
export interface ActivityView {
  readonly p: Principal;
  readonly year: LoadedYear;
  readonly today: string;
}

/** The activity as every screen shows it: names, the promise, the feedback due, the overlaps and what the caller may do. */
export function toActivityDto(a: Stored<ActivityData>, { p, year, today }: ActivityView): Activity {
  const settings = year.dialogueSettings;
  const groups = year.groups;
  const groupName = (key: string) => groups.get(key)?.name ?? key;
  const coordinations = new Map(year.coordinations.map((c) => [c.id, c]));
  const overlaps: ActivityOverlap[] = overlapsOf(a, year.activities, groups, settings.overlapWeeks).map(({ other, groups: pairs }) => {
    const c: Stored<CoordinationData> | undefined = coordinations.get(pairId(a.id, other.id));
    return {
      activityId: other.id,
      title: other.title,
      startOn: other.startOn,
      endOn: other.endOn,
      responsibleUnitName: year.units.get(other.responsibleUnitId)?.name ?? "",
      groups: pairs.map(([own, theirs]) => ({ own: groupName(own), other: groupName(theirs) })),
      coordinated: c ? { note: c.note, by: c.by, at: c.at, etag: c.etag } : null,
    };
  });
  const decision = a.feedsDecisionKey === null ? null : settings.decisions.find((d) => d.key === a.feedsDecisionKey);
  return {
    ...metaOf(a),
    id: a.id,
    planYearId: a.planYearId,
    title: a.title,
    purpose: a.purpose,
    perspective: a.perspective,
    methodKey: a.methodKey,
    methodName: settings.methods.find((m) => m.key === a.methodKey)?.name ?? a.methodKey,
    ladderStep: a.ladderStep,
    promise: a.promise,
    targetGroups: a.targetGroupKeys.map((key) => ({ key, name: groupName(key) })),
    startOn: a.startOn,
    endOn: a.endOn,
    responsibleUnitId: a.responsibleUnitId,
    responsibleUnitName: year.units.get(a.responsibleUnitId)?.name ?? "",
    responsiblePersonId: a.responsiblePersonId,
    responsiblePersonName: a.responsiblePersonName,
    goalIds: [...a.goalIds],
    feedsDecision: a.feedsDecisionKey === null ? null : { key: a.feedsDecisionKey, name: decision?.name ?? a.feedsDecisionKey },
    cost: a.cost,
    focusDecision: a.focusDecision,
    status: a.status,
    addedAfterAdoption: a.addedAfterAdoption,
    feedbackDueOn: feedbackDueOn(a.endOn, settings.feedbackDays),
    feedbackOverdue: feedbackOverdue(a, settings.feedbackDays, today),
    feedback: a.feedback,
    overlaps,
    canEdit: activityRoles(p, a, year.units, year.rootId).run,
  };
}

export function createDialogueContext({ dialogue, directory, goals, clock }: DialogueDeps) {
  const today = () => stockholmDate(clock.now());

  /** A year's plan, settings and organisation; the plan year must exist. Screens that only show pass `forDisplay`. */
  async function loadYear(tenantId: string, planYearId: string, freshness?: ReadFreshness): Promise<LoadedYear> {
    const [, unitList, year] = await Promise.all([
      planYearOrThrow(goals, tenantId, planYearId, freshness),
      directory.listOrgUnits(tenantId, freshness),
      dialogue.loadYear(tenantId, planYearId),
    ]);
    const units = new Map(unitList.map((u) => [u.id, u]));
    const rootId = unitList.find((u) => u.parentId === null)?.id ?? "";
    const dialogueSettings = toDialogueSettings(year.settings);
    return { ...year, dialogueSettings, groups: resolveGroups(dialogueSettings.targetGroups), units, rootId };
  }

  async function recordOrThrow<K extends DialogueRecordType>(
    tenantId: string,
    type: K,
    id: string,
    what: string,
  ): Promise<Stored<DialogueRecordTypes[K]>> {
    return liveOrThrow(await dialogue.find(tenantId, type, id), what);
  }

  /** A person a task can be given to: in the directory and active. */
  async function personOrThrow(tenantId: string, id: string, path: string) {
    return activePersonOrThrow(directory, tenantId, id, path);
  }

  /** A unit that can be responsible for an activity: any active unit of the organisation. */
  function unitOrThrow(units: Units, id: string, path: string): Stored<OrgUnitData> {
    const unit = units.get(id);
    if (!unit?.active) throw validationFailed("unknown_unit", "There is no such organisational unit.", path);
    return unit;
  }

  return { today, loadYear, recordOrThrow, personOrThrow, unitOrThrow };
}

export type DialogueContext = ReturnType<typeof createDialogueContext>;
