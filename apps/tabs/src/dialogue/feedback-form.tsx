import { Field, Input, Textarea } from "@fluentui/react-components";
import { type Activity, dialogueFeedbackRecordRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { DateField } from "../shared/date-field.js";
import { FormFooter } from "../shared/form-footer.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useRefreshDialogue } from "./activity-form.js";

/** Records the feedback to the participants: when, what was done with their input, where it was published. */
export function FeedbackForm({ api, activity, today }: { api: ApiClient; activity: Activity; today: string }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshDialogue();
  const [givenOn, setGivenOn] = useState(today);
  const [whatWasDone, setWhat] = useState("");
  const [publishedWhere, setWhere] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormSubmit(
    ["body.givenOn", "body.whatWasDone", "body.publishedWhere"],
    { "body.givenOn": givenOn !== "", "body.whatWasDone": whatWasDone.trim() !== "", "body.publishedWhere": publishedWhere.trim() !== "" },
    async () => {
      await api.call(dialogueFeedbackRecordRoute, {
        params: { id: activity.id },
        body: { givenOn, whatWasDone: whatWasDone.trim(), publishedWhere: publishedWhere.trim() },
        ifMatch: activity.etag,
      });
      setSaved(t("dlg.feedback.saved"));
      refresh();
    },
  );
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="feedback-form-heading" noValidate>
      <h3 id="feedback-form-heading" className={styles.subheading}>
        {t("dlg.feedback.submit")}
      </h3>
      <Field label={t("dlg.feedback.on")} required {...form.fieldProps("body.givenOn")}>
        <DateField value={givenOn} onChange={setGivenOn} />
      </Field>
      <Field label={t("dlg.feedback.what")} required {...form.fieldProps("body.whatWasDone")}>
        <Textarea value={whatWasDone} maxLength={4000} onChange={(_, d) => setWhat(d.value)} />
      </Field>
      <Field label={t("dlg.feedback.where")} required {...form.fieldProps("body.publishedWhere")}>
        <Input value={publishedWhere} maxLength={500} onChange={(_, d) => setWhere(d.value)} />
      </Field>
      <FormFooter form={form} submit={t("dlg.feedback.submit")} />
      <SuccessNotice message={saved} />
    </form>
  );
}
