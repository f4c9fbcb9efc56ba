import { Field, Input } from "@fluentui/react-components";
import { type Goal, goalCreateRoute, type OrgUnit, type PlanYear } from "@kvalitetskedjan/domain";
import { useCallback, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { ChoiceField } from "../shared/choice-field.js";
import { FormFooter } from "../shared/form-footer.js";
import { UnitTreeField } from "../shared/unit-tree-field.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

export function AddGoalForm({
  api,
  year,
  goals,
  units,
  onAdded,
}: {
  api: ApiClient;
  year: PlanYear;
  goals: readonly Goal[];
  units: ReadonlyMap<string, OrgUnit>;
  onAdded: () => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const lastLevel = year.levels.at(-1)?.key;
  const parents = goals.filter((g) => g.levelKey !== lastLevel);
  const [parentId, setParentId] = useState<string>(parents[0]?.id ?? "");
  const parent = goals.find((g) => g.id === parentId) ?? null;
  const levelIndex = parent ? year.levels.findIndex((l) => l.key === parent.levelKey) + 1 : 0;
  const level = year.levels[levelIndex];
  const owners = useMemo(
    () =>
      [...units.values()]
        .filter((u) => level?.ownerKinds.includes(u.kind) && (!parent || u.path.includes(parent.ownerScopeId)))
        .sort((a, b) => a.name.localeCompare(b.name, "sv")),
    [units, level, parent],
  );
  const [ownerId, setOwnerId] = useState("");
  const allUnits = useMemo(() => [...units.values()], [units]);
  const ownerIds = useMemo(() => new Set(owners.map((o) => o.id)), [owners]);
  const canOwn = useCallback((u: OrgUnit) => ownerIds.has(u.id), [ownerIds]);
  const [title, setTitle] = useState("");
  const [areaId, setAreaId] = useState(parent?.areaId ?? "");
  const owner = owners.find((o) => o.id === ownerId) ?? owners[0];
  const form = useFormSubmit(["body.title", "body.ownerScopeId", "body.parentGoalIds"], { "body.title": title.trim() !== "" }, async () => {
    await api.call(goalCreateRoute, {
      body: {
        planYearId: year.id,
        levelKey: level?.key ?? "",
        ownerScopeId: owner?.id ?? "",
        title: title.trim(),
        areaId: areaId || null,
        parentGoalIds: parent ? [parent.id] : [],
      },
    });
    setTitle("");
    onAdded();
  });
  const titleError = form.messageFor("body.title");
  const ownerError = form.messageFor("body.ownerScopeId");
  const parentError = form.messageFor("body.parentGoalIds");

  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="add-goal-heading" noValidate>
      <h2 id="add-goal-heading" className={styles.subheading}>
        {t("goals.addTitle")}
      </h2>
      <ChoiceField
        label={t("goals.parent")}
        value={parentId}
        choices={parents.map((g) => ({ id: g.id, name: g.title }))}
        onChange={setParentId}
        all={t("goals.topLevel")}
        validation={{ validationState: parentError ? "error" : "none", validationMessage: parentError ?? null }}
      />
      <UnitTreeField
        label={t("goals.ownerField")}
        units={allUnits}
        value={owner?.id ?? ""}
        onChange={setOwnerId}
        selectable={canOwn}
        validation={{ validationState: ownerError ? "error" : "none", validationMessage: ownerError ?? null }}
      />
      <Field label={t("goals.titleField")} required validationState={titleError ? "error" : "none"} validationMessage={titleError ?? null}>
        <Input value={title} maxLength={300} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <ChoiceField label={t("goals.areaField")} value={areaId} choices={year.areas} onChange={setAreaId} all={t("goals.noArea")} />
      <FormFooter form={form} submit={t("goals.add")} disabled={!owner} />
    </form>
  );
}
