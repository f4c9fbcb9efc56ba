import { DomainError, forbidden } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion, newRecordEtag } from "../shared/records.js";
import { forDisplay } from "../shared/store.js";
import { createActivityDetail } from "./activity-detail.js";
import type { ActivityDetail, ResultsBody } from "./contracts.js";
import { activityRoles } from "./dialogue-access.js";
import { createDialogueContext, type DialogueDeps } from "./dialogue-context.js";
import type { DialogueResultsData } from "./dialogue-repository.js";
import { assertResults } from "./result-rules.js";

/** An activity's detail with its results, published through suppression; and recording the results. */
export function createDialogueResultsService(deps: DialogueDeps) {
  const { dialogue } = deps;
  const context = createDialogueContext(deps);
  const detail = createActivityDetail(deps, context);

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
