import { Field, Input } from "@fluentui/react-components";
import { type ControlReportView, internalControlActionCreateRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DateField } from "../shared/date-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { useActivePeople } from "../shared/people-choices.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

/** An action after a deviation: what is done, by whom, by when. */
export function ActionForm({ api, view, onCreated }: { api: ApiClient; view: ControlReportView; onCreated: () => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const people = useActivePeople(api);
  const [what, setWhat] = useState("");
  const [ownerPersonId, setOwner] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormSubmit(
    ["body.what", "body.ownerPersonId", "body.dueOn"],
    { "body.what": what.trim() !== "", "body.ownerPersonId": ownerPersonId !== "", "body.dueOn": dueOn !== "" },
    async () => {
      await api.call(internalControlActionCreateRoute, {
        body: { controlId: view.control.id, periodId: view.period.id, what: what.trim(), ownerPersonId, dueOn },
      });
      setSaved(t("ic.action.created"));
      setWhat("");
      setDueOn("");
      onCreated();
    },
  );
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="action-form-heading" noValidate>
      <h3 id="action-form-heading" className={styles.subheading}>
        {t("ic.action.add")}
      </h3>
      {people.error !== null && <ErrorMessage error={people.error} onRetry={people.retry} />}
      <Field label={t("ic.action.what")} required {...form.fieldProps("body.what")}>
        <Input value={what} maxLength={300} onChange={(_, d) => setWhat(d.value)} />
      </Field>
      <ChoiceField
        label={t("ic.action.owner")}
        value={ownerPersonId}
        choices={people.choices}
        all={t("ic.risk.choose")}
        onChange={setOwner}
        validation={form.fieldProps("body.ownerPersonId")}
      />
      <Field label={t("ic.action.dueOn")} required {...form.fieldProps("body.dueOn")}>
        <DateField value={dueOn} onChange={setDueOn} />
      </Field>
      <FormFooter form={form} submit={t("ic.action.submit")} />
      <SuccessNotice message={saved} />
    </form>
  );
}
