import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import {
  type Activity,
  type ActivityBody,
  type DialogueSettings,
  dialogueActivityCreateRoute,
  dialogueActivityGetRoute,
  dialogueActivityUpdateRoute,
  dialoguePlanGetRoute,
  dialogueTraceGetRoute,
  goalDialoguesGetRoute,
  goalsListRoute,
  type LadderStep,
  myItemsGetRoute,
  orgUnitsListRoute,
  type Perspective,
} from "@kvalitetskedjan/domain";
import { useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useInvalidate, useRead } from "../shared/api/queries.js";
import { CheckboxGroup } from "../shared/checkbox-group.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DateField } from "../shared/date-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { useActivePeople, withCurrent } from "../shared/people-choices.js";
import { UnitTreeField } from "../shared/unit-tree-field.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { OverlapWarning } from "./overlap-panel.js";

const steps: readonly LadderStep[] = ["information", "consultation", "participation", "coDecision"];
const perspectives: readonly Perspective[] = ["democracy", "service"];

/** The reads a change to an activity touches. */
export function useRefreshDialogue() {
  const invalidate = useInvalidate();
  return () =>
    void invalidate(dialoguePlanGetRoute, dialogueActivityGetRoute, dialogueTraceGetRoute, goalDialoguesGetRoute, myItemsGetRoute);
}

/** The target groups as "parent › child", in the taxonomy's order. */
export function groupChoices(settings: DialogueSettings) {
  const byKey = new Map(settings.targetGroups.map((g) => [g.key, g]));
  const trail = (key: string): string[] => {
    const g = byKey.get(key);
    return g ? [...(g.parentKey && g.parentKey !== key ? trail(g.parentKey) : []), g.name] : [];
  };
  return settings.targetGroups.map((g) => ({ id: g.key, name: trail(g.key).join(" › ") }));
}

/**
 * Plans a survey or dialogue, or changes one: what it is, how far participants may
 * influence, whom it reaches and when, who answers for it. After saving, an overlap with
 * another activity shows as a warning naming it; it never stops the save.
 */
export function ActivityForm({
  api,
  settings,
  planYearId,
  activity,
  onSaved,
}: {
  api: ApiClient;
  settings: DialogueSettings;
  planYearId: string;
  activity?: Activity;
  onSaved?: (a: Activity) => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshDialogue();
  const people = useActivePeople(api);
  const unitsRead = useRead(api, orgUnitsListRoute);
  const goalsRead = useRead(api, goalsListRoute, { params: { id: planYearId }, query: {} });
  const [title, setTitle] = useState(activity?.title ?? "");
  const [purpose, setPurpose] = useState(activity?.purpose ?? "");
  const [perspective, setPerspective] = useState<Perspective>(activity?.perspective ?? "democracy");
  const [methodKey, setMethodKey] = useState(activity?.methodKey ?? settings.methods[0]?.key ?? "");
  const [ladderStep, setLadderStep] = useState<LadderStep>(activity?.ladderStep ?? "consultation");
  const [canInfluence, setCan] = useState(activity?.promise.canInfluence ?? "");
  const [cannotInfluence, setCannot] = useState(activity?.promise.cannotInfluence ?? "");
  const [groups, setGroups] = useState<string[]>(activity?.targetGroups.map((g) => g.key) ?? []);
  const [startOn, setStart] = useState(activity?.startOn ?? "");
  const [endOn, setEnd] = useState(activity?.endOn ?? "");
  const [unitId, setUnitId] = useState(activity?.responsibleUnitId ?? "");
  const [personId, setPersonId] = useState(activity?.responsiblePersonId ?? "");
  const [goalIds, setGoalIds] = useState<string[]>(activity?.goalIds ?? []);
  const [decisionKey, setDecisionKey] = useState(activity?.feedsDecision?.key ?? "");
  const [cost, setCost] = useState(activity?.cost === null || activity?.cost === undefined ? "" : String(activity.cost));
  const [saved, setSaved] = useState<Activity | null>(null);
  const units = unitsRead.data?.units ?? [];
  const unit = units.find((u) => u.id === unitId);
  // The goals of the responsible unit and the bodies above it.
  const goals = useMemo(
    () => (goalsRead.data?.goals ?? []).filter((g) => unit?.path.includes(g.ownerScopeId) || goalIds.includes(g.id)),
    [goalsRead.data, unit, goalIds],
  );
  const form = useFormSubmit(
    [
      "body.title",
      "body.methodKey",
      "body.ladderStep",
      "body.promise.canInfluence",
      "body.targetGroupKeys",
      "body.startOn",
      "body.endOn",
      "body.responsibleUnitId",
      "body.responsiblePersonId",
      "body.goalIds",
      "body.feedsDecisionKey",
      "body.cost",
    ],
    {
      "body.title": title.trim() !== "",
      "body.targetGroupKeys": groups.length > 0,
      "body.startOn": startOn !== "",
      "body.endOn": endOn !== "",
      "body.responsibleUnitId": unitId !== "",
      "body.responsiblePersonId": personId !== "",
      "body.promise.canInfluence": ladderStep === "information" || canInfluence.trim() !== "",
    },
    async () => {
      const body: Omit<ActivityBody, "planYearId"> = {
        title: title.trim(),
        purpose: purpose.trim(),
        perspective,
        methodKey,
        ladderStep,
        promise: { canInfluence: canInfluence.trim(), cannotInfluence: cannotInfluence.trim() },
        targetGroupKeys: groups,
        startOn,
        endOn,
        responsibleUnitId: unitId,
        responsiblePersonId: personId,
        goalIds,
        feedsDecisionKey: decisionKey === "" ? null : decisionKey,
        cost: cost.trim() === "" ? null : Number(cost),
        focusDecision: activity?.focusDecision ?? null,
      };
      const { focusDecision: _focus, ...changes } = body;
      const answer = activity
        ? (await api.call(dialogueActivityUpdateRoute, { params: { id: activity.id }, body: changes, ifMatch: activity.etag })).data
        : (await api.call(dialogueActivityCreateRoute, { body: { ...body, planYearId } })).data;
      setSaved(answer);
      refresh();
      onSaved?.(answer);
    },
  );
  const field = form.fieldProps;
  const headingId = activity ? `activity-form-${activity.id}` : "activity-form-new";
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby={headingId} noValidate>
      <h2 id={headingId} className={styles.subheading}>
        {activity ? t("dlg.form.edit") : t("dlg.new")}
      </h2>
      {people.error !== null && <ErrorMessage error={people.error} onRetry={people.retry} />}
      <Field label={t("dlg.form.title")} required {...field("body.title")}>
        <Input value={title} maxLength={200} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t("dlg.form.purpose")}>
        <Textarea value={purpose} maxLength={2000} onChange={(_, d) => setPurpose(d.value)} />
      </Field>
      <Field label={t("dlg.form.perspective")}>
        <Select value={perspective} onChange={(_, d) => setPerspective(d.value as Perspective)}>
          {perspectives.map((p) => (
            <option key={p} value={p}>
              {t(`dlg.perspective.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      <ChoiceField
        label={t("dlg.form.method")}
        value={methodKey}
        choices={settings.methods.map((m) => ({ id: m.key, name: m.name }))}
        onChange={setMethodKey}
        validation={field("body.methodKey")}
      />
      <Field label={t("dlg.form.step")} {...field("body.ladderStep")}>
        <Select value={ladderStep} onChange={(_, d) => setLadderStep(d.value as LadderStep)}>
          {steps.map((s, i) => (
            <option key={s} value={s}>
              {t("dlg.stepOf", { n: String(i + 1), step: t(`dlg.step.${s}`) })}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("dlg.form.canInfluence")}
        hint={t("dlg.form.canInfluenceHint")}
        required={ladderStep !== "information"}
        {...field("body.promise.canInfluence")}
      >
        <Textarea value={canInfluence} maxLength={1000} onChange={(_, d) => setCan(d.value)} />
      </Field>
      <Field label={t("dlg.form.cannotInfluence")}>
        <Textarea value={cannotInfluence} maxLength={1000} onChange={(_, d) => setCannot(d.value)} />
      </Field>
      <CheckboxGroup
        legend={t("dlg.form.groups")}
        choices={groupChoices(settings)}
        value={groups}
        onChange={setGroups}
        message={form.messageFor("body.targetGroupKeys")}
        path="body.targetGroupKeys"
      />
      <Field label={t("dlg.form.start")} required {...field("body.startOn")}>
        <DateField value={startOn} onChange={setStart} />
      </Field>
      <Field label={t("dlg.form.end")} required {...field("body.endOn")}>
        <DateField value={endOn} onChange={setEnd} />
      </Field>
      <UnitTreeField
        label={t("dlg.form.unit")}
        units={units}
        value={unitId}
        onChange={setUnitId}
        selectable={(u) => u.kind !== "municipality" && u.kind !== "council"}
        validation={field("body.responsibleUnitId")}
      />
      <ChoiceField
        label={t("dlg.form.person")}
        value={personId}
        choices={withCurrent(people.choices, [
          { id: activity?.responsiblePersonId ?? null, name: activity?.responsiblePersonName ?? null },
        ])}
        all={t("dlg.form.choose")}
        onChange={setPersonId}
        validation={field("body.responsiblePersonId")}
      />
      {goals.length > 0 && (
        <CheckboxGroup
          legend={t("dlg.form.goals")}
          choices={goals.map((g) => ({ id: g.id, name: g.title }))}
          value={goalIds}
          onChange={setGoalIds}
          message={form.messageFor("body.goalIds")}
          path="body.goalIds"
        />
      )}
      <ChoiceField
        label={t("dlg.form.decision")}
        value={decisionKey}
        choices={settings.decisions.map((d) => ({ id: d.key, name: d.name }))}
        all={t("dlg.form.noDecision")}
        onChange={setDecisionKey}
        validation={field("body.feedsDecisionKey")}
      />
      <Field label={t("dlg.form.cost")} {...field("body.cost")}>
        <Input type="number" min={0} step={1} value={cost} onChange={(_, d) => setCost(d.value)} />
      </Field>
      <FormFooter form={form} submit={t("dlg.form.submit")} />
      {saved && <OverlapWarning activity={saved} weeks={settings.overlapWeeks} savedMessage={t("dlg.form.saved")} />}
    </form>
  );
}
