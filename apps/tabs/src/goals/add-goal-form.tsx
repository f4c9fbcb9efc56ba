import { Button, Field, Input, Select } from "@fluentui/react-components";
import { type Goal, goalCreateRoute, type OrgUnit, type PlanYear } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { ErrorMessage } from "../shared/error-message.js";
import { ErrorSummary } from "../shared/error-summary.js";
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
  const owners = [...units.values()]
    .filter((u) => level?.ownerKinds.includes(u.kind) && (!parent || u.path.includes(parent.ownerScopeId)))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
  const [ownerId, setOwnerId] = useState("");
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
      <Field label={t("goals.parent")} validationState={parentError ? "error" : "none"} validationMessage={parentError ?? null}>
        <Select className={styles.fullWidth} value={parentId} onChange={(_, d) => setParentId(d.value)}>
          <option value="">{t("goals.topLevel")}</option>
          {parents.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("goals.ownerField")} validationState={ownerError ? "error" : "none"} validationMessage={ownerError ?? null}>
        <Select className={styles.fullWidth} value={owner?.id ?? ""} onChange={(_, d) => setOwnerId(d.value)}>
          {owners.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("goals.titleField")} required validationState={titleError ? "error" : "none"} validationMessage={titleError ?? null}>
        <Input value={title} maxLength={300} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t("goals.areaField")}>
        <Select value={areaId} onChange={(_, d) => setAreaId(d.value)}>
          <option value="">{t("goals.noArea")}</option>
          {year.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      <ErrorSummary form={form} />
      {form.general !== null && <ErrorMessage error={form.general} />}
      <div>
        <Button type="submit" appearance="primary" disabled={form.busy || !owner}>
          {t("goals.add")}
        </Button>
      </div>
    </form>
  );
}
