import { Field, Input, Textarea } from "@fluentui/react-components";
import { type GoalDetail, goalsListRoute, goalUpdateRoute, planYearsListRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

/**
 * Changes a goal's wording, description and area, and moves it in the chain: the goal it
 * breaks down is chosen among the level above's goals of its owner's line. Sent with the
 * version read (If-Match), so an edit made meanwhile is not overwritten.
 */
export function EditGoalForm({ api, detail, onSaved }: { api: ApiClient; detail: GoalDetail; onSaved: () => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const { goal } = detail;
  const yearsRead = useRead(api, planYearsListRoute);
  const goalsRead = useRead(api, goalsListRoute, { params: { id: goal.planYearId } });
  const year = yearsRead.data?.planYears.find((y) => y.id === goal.planYearId) ?? null;
  const levelIndex = year?.levels.findIndex((l) => l.key === goal.levelKey) ?? -1;
  const above = levelIndex > 0 ? year?.levels[levelIndex - 1]?.key : undefined;
  const parents = (goalsRead.data?.goals ?? []).filter(
    (g) => g.levelKey === above && !g.retired && goal.ownerScopePath.includes(g.ownerScopeId),
  );
  const [title, setTitle] = useState(goal.title);
  const [description, setDescription] = useState(goal.description);
  const [areaId, setAreaId] = useState(goal.areaId ?? "");
  const [parentId, setParentId] = useState(goal.parentGoalIds[0] ?? "");
  const form = useFormSubmit(
    ["body.title", "body.description", "body.areaId", "body.parentGoalIds"],
    { "body.title": title.trim() !== "" },
    async () => {
      // A goal that breaks down several keeps the others; the first is the one chosen here.
      const others = goal.parentGoalIds.slice(1).filter((id) => id !== parentId);
      await api.call(goalUpdateRoute, {
        params: { id: goal.id },
        body: {
          title: title.trim(),
          description: description.trim(),
          areaId: areaId || null,
          parentGoalIds: parentId ? [parentId, ...others] : others,
        },
        ifMatch: goal.etag,
      });
      onSaved();
    },
  );
  const choices = failureOf(yearsRead, goalsRead);
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="edit-goal-heading" noValidate>
      <h2 id="edit-goal-heading" className={styles.subheading}>
        {t("goals.edit.title")}
      </h2>
      {choices.error !== null && <ErrorMessage error={choices.error} onRetry={choices.retry} />}
      <Field label={t("goals.titleField")} required {...form.fieldProps("body.title")}>
        <Input value={title} maxLength={300} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t("goals.edit.description")} {...form.fieldProps("body.description")}>
        <Textarea value={description} maxLength={4000} onChange={(_, d) => setDescription(d.value)} />
      </Field>
      {year && (
        <ChoiceField
          label={t("goals.areaField")}
          value={areaId}
          choices={year.areas}
          onChange={setAreaId}
          all={t("goals.noArea")}
          validation={form.fieldProps("body.areaId")}
        />
      )}
      {above !== undefined && (
        <ChoiceField
          label={t("goals.parent")}
          hint={t("goals.edit.parentHint")}
          value={parentId}
          choices={parents.map((g) => ({ id: g.id, name: g.title }))}
          onChange={setParentId}
          all={t("goals.topLevel")}
          validation={form.fieldProps("body.parentGoalIds")}
        />
      )}
      <FormFooter form={form} submit={t("goals.edit.submit")} />
    </form>
  );
}
