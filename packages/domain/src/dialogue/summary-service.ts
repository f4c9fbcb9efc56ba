import type { TenantRecord } from "../directory/directory-repository.js";
import type { DocumentDecision } from "../documents/contracts.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { forDisplay } from "../shared/store.js";
import { feedbackDueOn, feedbackOverdue, ladderSteps, perspectives } from "./activity-rules.js";
import type { ActivityStatus, Feedback, LadderStep, Perspective, PublishedResults } from "./contracts.js";
import { createDialogueContext, type DialogueDeps } from "./dialogue-context.js";
import { publishResults } from "./result-rules.js";

/** An activity as the council's summary reports it: results only as published. */
export interface SummaryActivity {
  readonly title: string;
  readonly perspective: Perspective;
  readonly ladderStep: LadderStep;
  readonly methodName: string;
  readonly targetGroups: readonly string[];
  readonly startOn: string;
  readonly endOn: string;
  readonly unitName: string;
  readonly status: ActivityStatus;
  readonly focusDialogue: boolean;
  readonly results: PublishedResults | null;
  readonly feedback: Feedback | null;
  readonly feedbackDueOn: string;
  readonly feedbackOverdue: boolean;
}

/** What the yearly summary of dialogues to the council holds (seed 002: a yearly summary of survey results). */
export interface DialogueSummaryDocument {
  readonly municipality: string;
  readonly planYearId: string;
  readonly adopted: DocumentDecision | null;
  readonly activities: readonly SummaryActivity[];
  /** Activities per ladder step and perspective. */
  readonly counts: readonly { readonly step: LadderStep; readonly perspective: Perspective; readonly count: number }[];
  /** Each decision the year's dialogues fed, with the activities behind it. */
  readonly decisions: readonly { readonly name: string; readonly activities: readonly string[] }[];
}

/** The year's dialogues for the council's yearly summary: what was asked, of whom, what was heard and fed back, and which decisions it informed. */
export function createDialogueSummaryService(deps: DialogueDeps) {
  const { dialogue } = deps;
  const context = createDialogueContext(deps);
  return {
    async summary(p: Principal, tenant: TenantRecord, planYearId: string): Promise<DialogueSummaryDocument> {
      requireMember(p);
      const year = await context.loadYear(p.tenantId, planYearId, forDisplay);
      const settings = year.dialogueSettings;
      const today = context.today();
      const held = year.activities.filter((a) => a.status !== "proposed");
      const results = new Map(
        (
          await dialogue.findResults(
            p.tenantId,
            held.map((a) => a.id),
          )
        ).map((r) => [r.activityId, r]),
      );
      const { groups } = year;
      const decisionName = (key: string) => settings.decisions.find((d) => d.key === key)?.name ?? key;
      const activities: SummaryActivity[] = held
        .map((a) => {
          const r = results.get(a.id);
          return {
            title: a.title,
            perspective: a.perspective,
            ladderStep: a.ladderStep,
            methodName: settings.methods.find((m) => m.key === a.methodKey)?.name ?? a.methodKey,
            targetGroups: a.targetGroupKeys.map((k) => groups.get(k)?.name ?? k),
            startOn: a.startOn,
            endOn: a.endOn,
            unitName: year.units.get(a.responsibleUnitId)?.name ?? "",
            status: a.status,
            focusDialogue: a.focusDecision !== null,
            results: r
              ? publishResults(r, settings, a.targetGroupKeys, {
                  goals: [],
                  indicators: [],
                  decisions: r.links.decisionKeys.map((key) => ({ key, name: decisionName(key) })),
                })
              : null,
            feedback: a.feedback,
            feedbackDueOn: feedbackDueOn(a.endOn, settings.feedbackDays),
            feedbackOverdue: feedbackOverdue(a, settings.feedbackDays, today),
          };
        })
        .sort((a, b) => a.startOn.localeCompare(b.startOn));
      const counts = ladderSteps.flatMap((step) =>
        perspectives.map((perspective) => ({
          step,
          perspective,
          count: held.filter((a) => a.ladderStep === step && a.perspective === perspective).length,
        })),
      );
      const fed = new Map<string, Set<string>>();
      for (const a of held) {
        const keys = new Set([...(a.feedsDecisionKey ? [a.feedsDecisionKey] : []), ...(results.get(a.id)?.links.decisionKeys ?? [])]);
        for (const key of keys) fed.set(key, (fed.get(key) ?? new Set()).add(a.title));
      }
      return {
        municipality: tenant.name,
        planYearId,
        adopted: year.plan?.adopted ?? null,
        activities,
        counts,
        decisions: [...fed].map(([key, titles]) => ({ name: decisionName(key), activities: [...titles] })),
      };
    },
  };
}

export type DialogueSummaryService = ReturnType<typeof createDialogueSummaryService>;
