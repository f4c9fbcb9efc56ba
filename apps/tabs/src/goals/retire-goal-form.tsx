import { Field, Input } from "@fluentui/react-components";
import { type Goal, goalRetireRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { FormFooter } from "../shared/form-footer.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

/** Retires a goal during the year, with the reason (the committee's decision); it stays in the chain. */
export function RetireGoalForm({ api, goal, onRetired }: { api: ApiClient; goal: Goal; onRetired: (g: Goal) => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [note, setNote] = useState("");
  const form = useFormSubmit(["body.note"], { "body.note": note.trim() !== "" }, async () => {
    const { data } = await api.call(goalRetireRoute, { params: { id: goal.id }, body: { note: note.trim() }, ifMatch: goal.etag });
    onRetired(data);
  });
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="retire-heading" noValidate>
      <h2 id="retire-heading" className={styles.subheading}>
        {t("goals.retire.title")}
      </h2>
      <Field label={t("goals.retire.note")} hint={t("goals.retire.hint")} required {...form.fieldProps("body.note")}>
        <Input value={note} maxLength={500} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <FormFooter form={form} submit={t("goals.retire.submit")} primary={false} />
    </form>
  );
}
