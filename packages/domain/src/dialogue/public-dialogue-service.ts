import type { TenantRegistry } from "../directory/directory-repository.js";
import { stockholmDate } from "../shared/dates.js";
import { notFound } from "../shared/errors.js";
import { forDisplay } from "../shared/store.js";
import type { PublicActivity, PublicDialogues } from "./contracts.js";
import type { DialogueDeps } from "./dialogue-context.js";
import { toDialogueSettings } from "./dialogue-settings-service.js";
import { publishResults } from "./result-rules.js";
import { resolveGroups } from "./target-group-rules.js";

type Deps = Pick<DialogueDeps, "dialogue" | "directory" | "goals" | "clock"> & {
  readonly goals: DialogueDeps["goals"] & { listPlanYears(tenantId: string): Promise<readonly { year: number; id: string }[]> };
  readonly tenants: Pick<TenantRegistry, "findTenant">;
};

/**
 * What residents see of the dialogue plan, when the municipality publishes it: the activities
 * in the plan (not those only proposed) with their promise, their results as published
 * (every small cell suppressed) and the feedback given. No person is named.
 */
export function createPublicDialogueService({ dialogue, directory, goals, tenants, clock }: Deps) {
  return {
    async publicDialogues(tenantId: string, planYear?: string): Promise<PublicDialogues> {
      const [tenant, stored, years] = await Promise.all([
        tenants.findTenant(tenantId),
        dialogue.findSettings(tenantId),
        goals.listPlanYears(tenantId),
      ]);
      const settings = toDialogueSettings(stored);
      if (!tenant || !settings.publish) throw notFound("The municipality's dialogues");
      const sorted = [...years].sort((a, b) => b.year - a.year);
      const thisYear = Number(stockholmDate(clock.now()).slice(0, 4));
      const year =
        planYear === undefined ? (sorted.find((y) => y.year === thisYear) ?? sorted[0]) : sorted.find((y) => String(y.year) === planYear);
      if (!year) throw notFound("The plan year");
      const [plan, units] = await Promise.all([dialogue.loadYear(tenantId, year.id), directory.listOrgUnits(tenantId, forDisplay)]);
      const shown = plan.activities.filter((a) => a.status !== "proposed");
      const results = await dialogue.findResults(
        tenantId,
        shown.map((a) => a.id),
      );
      // The goals the results informed, by title (read only when a result names any).
      const linked = [...new Set(results.flatMap((r) => r.links.goalIds))];
      const goalList = linked.length ? await goals.findGoals(tenantId, linked) : [];
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      const goalTitle = new Map(goalList.map((g) => [g.id, g.title]));
      const groups = resolveGroups(settings.targetGroups);
      const byActivity = new Map(results.map((r) => [r.activityId, r]));
      const activities: PublicActivity[] = shown
        .map((a) => {
          const r = byActivity.get(a.id);
          const links = r
            ? {
                goals: r.links.goalIds.flatMap((id) => (goalTitle.has(id) ? [{ id, title: goalTitle.get(id) ?? "" }] : [])),
                indicators: [],
                decisions: r.links.decisionKeys.map((key) => ({ key, name: settings.decisions.find((d) => d.key === key)?.name ?? key })),
              }
            : null;
          return {
            id: a.id,
            title: a.title,
            purpose: a.purpose,
            perspective: a.perspective,
            methodName: settings.methods.find((m) => m.key === a.methodKey)?.name ?? a.methodKey,
            ladderStep: a.ladderStep,
            promise: a.promise,
            targetGroups: a.targetGroupKeys.map((k) => groups.get(k)?.name ?? k),
            startOn: a.startOn,
            endOn: a.endOn,
            responsibleUnitName: unitName.get(a.responsibleUnitId) ?? "",
            status: a.status,
            focusDialogue: a.focusDecision !== null,
            results: r && links ? publishResults(r, settings, a.targetGroupKeys, links) : null,
            feedback: a.feedback
              ? { givenOn: a.feedback.givenOn, whatWasDone: a.feedback.whatWasDone, publishedWhere: a.feedback.publishedWhere }
              : null,
          };
        })
        .sort((a, b) => a.startOn.localeCompare(b.startOn));
      return { municipality: tenant.name, planYear: year.year, planYears: sorted.map((y) => y.year), activities };
    },
  };
}

export type PublicDialogueService = ReturnType<typeof createPublicDialogueService>;
