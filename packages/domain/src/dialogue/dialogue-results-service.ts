import { DomainError, forbidden } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion, newRecordEtag } from "../shared/records.js";
import { forDisplay, type Stored } from "../shared/store.js";
import type { ActivityDetail, ResultsBody } from "./contracts.js";
import { activityRoles } from "./dialogue-access.js";
import { createDialogueContext, type DialogueDeps, type LoadedYear, toActivityDto } from "./dialogue-context.js";
import type { ActivityData, DialogueResultsData } from "./dialogue-repository.js";
import { assertResults, publishResults } from "./result-rules.js";

/** An activity's detail with its results, published through suppression; and recording the results. */
export function createDialogueResultsService(deps: DialogueDeps) {
  const { dialogue, goals } = deps;
  const context = createDialogueContext(deps);

  async function detail(
    p: Principal,
    activity: Stored<ActivityData>,
    year: LoadedYear,
    results: DialogueResultsData | null,
    resultsEtag: string,
  ): Promise<ActivityDetail> {
    const roles = activityRoles(p, activity, year.units, year.rootId);
    const entry: ResultsBody | null = results
      ? {
          participants: results.participants,
          questions: results.questions,
          summary: results.summary,
          themes: results.themes,
          links: results.links,
        }
      : null;
    // The activity's goals and those its result informed, in one read; the indicators beside it.
    const goalIds = [...new Set([...activity.goalIds, ...(entry?.links.goalIds ?? [])])];
    const indicatorIds = entry?.links.indicatorIds ?? [];
    const [found, indicators] = await Promise.all([
      goalIds.length ? goals.findGoals(p.tenantId, goalIds) : [],
      indicatorIds.length ? goals.findIndicators(p.tenantId, indicatorIds) : [],
    ]);
    const titled = (ids: readonly string[]) => found.filter((g) => ids.includes(g.id)).map((g) => ({ id: g.id, title: g.title }));
    const decisions = new Map(year.dialogueSettings.decisions.map((d) => [d.key, d.name]));
    const links = entry && {
      goals: titled(entry.links.goalIds),
      indicators: indicators.map((i) => ({ id: i.id, title: i.title })),
      decisions: entry.links.decisionKeys.map((key) => ({ key, name: decisions.get(key) ?? key })),
    };
    return {
      activity: toActivityDto(activity, { p, year, today: context.today() }),
      results: entry && links ? publishResults(entry, year.dialogueSettings, activity.targetGroupKeys, links) : null,
      entry: roles.run ? entry : null,
      resultsEtag,
      goals: titled(activity.goalIds),
      canRecordResults: roles.run,
      canPlan: roles.plan,
      canCoordinate: roles.coordinate,
    };
  }

  return {
    async getActivity(p: Principal, id: string): Promise<ActivityDetail> {
      requireMember(p);
      const activity = await context.recordOrThrow(p.tenantId, "dialogueActivity", id, "The activity");
      const [year, results] = await Promise.all([
        context.loadYear(p.tenantId, activity.planYearId, forDisplay),
        dialogue.find(p.tenantId, "dialogueResults", id),
      ]);
      const live = results && !results.deleted ? results : null;
      return detail(p, activity, year, live, live?.etag ?? newRecordEtag);
    },

    /** Saves the results as entered (the responsible person or whoever plans the activity); `etag` is the results' version. */
    async saveResults(p: Principal, id: string, body: ResultsBody, etag: string): Promise<ActivityDetail> {
      requireMember(p);
      const activity = await context.recordOrThrow(p.tenantId, "dialogueActivity", id, "The activity");
      const [year, stored] = await Promise.all([
        context.loadYear(p.tenantId, activity.planYearId),
        dialogue.find(p.tenantId, "dialogueResults", id),
      ]);
      if (!activityRoles(p, activity, year.units, year.rootId).run) throw forbidden("requires_responsible:activities.results");
      assertVersion(stored, etag);
      if (activity.status === "proposed" || activity.status === "planned") {
        throw new DomainError("conflict", "Results are recorded once the activity is running or held.", {
          details: [{ path: "activity", reason: "activity_not_held" }],
        });
      }
      assertResults(body, year.dialogueSettings);
      const data: DialogueResultsData = { ...body, id, planYearId: activity.planYearId, activityId: id };
      const audit = { userId: p.userId, action: "dialogueResults.save" };
      const saved = stored
        ? await dialogue.replace(p.tenantId, "dialogueResults", stored, data, etag, audit)
        : await dialogue.create(p.tenantId, "dialogueResults", data, audit);
      return detail(p, activity, year, saved, saved.etag);
    },
  };
}

export type DialogueResultsService = ReturnType<typeof createDialogueResultsService>;
