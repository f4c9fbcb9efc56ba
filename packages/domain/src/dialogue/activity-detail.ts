import type { Principal } from "../shared/principal.js";
import type { Stored } from "../shared/store.js";
import type { ActivityDetail, ResultsBody } from "./contracts.js";
import { activityRoles } from "./dialogue-access.js";
import { type createDialogueContext, type DialogueDeps, type LoadedYear, toActivityDto } from "./dialogue-context.js";
import type { ActivityData, AttachmentData, DialogueResultsData } from "./dialogue-repository.js";
import { publishResults } from "./result-rules.js";

/** An attachment as the screens list it: no library ids, no hash. */
const toAttachment = (a: AttachmentData) => ({
  id: a.id,
  name: a.name,
  size: a.size,
  contentType: a.contentType,
  webUrl: a.webUrl,
  addedAt: a.addedAt,
  addedBy: a.addedBy,
});

/**
 * An activity's screen: the activity, its results published through suppression, the entry
 * and the attachments for those who may see them, its goals and what the caller may do.
 */
export function createActivityDetail(deps: DialogueDeps, context: ReturnType<typeof createDialogueContext>) {
  const { goals } = deps;
  return async function detail(
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
      attachments: roles.run ? (activity.attachments ?? []).map(toAttachment) : [],
      goals: titled(activity.goalIds),
      canRecordResults: roles.run,
      canPlan: roles.plan,
      canCoordinate: roles.coordinate,
    };
  };
}
