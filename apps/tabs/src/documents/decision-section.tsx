import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import { documentTransitionRoute, type GoverningDocument } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { DateField } from "../shared/date-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

/** The lifecycle's decisions: start a revision, or record the decision that adopts (or repeals) the document. */
export function DecisionSection({
  api,
  doc,
  decisionBodyName,
  onChanged,
}: {
  api: ApiClient;
  doc: GoverningDocument;
  decisionBodyName: string;
  onChanged: (doc: GoverningDocument) => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [action, setAction] = useState<"adopt" | "repeal">("adopt");
  const [date, setDate] = useState("");
  const [paragraph, setParagraph] = useState("");
  const [validUntil, setValidUntil] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const revise = useAction();
  const open = doc.status === "draft" || doc.status === "inRevision";
  const form = useFormSubmit(
    ["body.decision.date", "body.decision.paragraph", "body.validUntil", "body.action"],
    { "body.decision.date": date !== "", "body.decision.paragraph": paragraph.trim() !== "" },
    async () => {
      const decision = { bodyId: doc.decisionBodyId, date, paragraph: paragraph.trim() };
      const body = action === "adopt" ? { action, decision, ...(validUntil ? { validUntil } : {}) } : { action, decision };
      const res = await api.call(documentTransitionRoute, { params: { id: doc.id }, body, ifMatch: doc.etag });
      setSaved(t(action === "adopt" ? "documents.decision.adopted" : "documents.decision.repealed"));
      onChanged(res.data);
    },
  );
  const field = form.fieldProps;
  if (doc.status === "repealed") return null;
  return (
    <section className={styles.card} aria-labelledby="decision-heading">
      <h2 id="decision-heading" className={styles.subheading}>
        {t("documents.decision.title")}
      </h2>
      {(doc.status === "adopted" || doc.status === "expired") && (
        <div className={styles.stack}>
          <Text>{t("documents.decision.reviseIntro")}</Text>
          <div>
            <Button
              appearance="primary"
              disabled={revise.busy}
              onClick={() =>
                revise.run(async () => {
                  const res = await api.call(documentTransitionRoute, {
                    params: { id: doc.id },
                    body: { action: "startRevision" },
                    ifMatch: doc.etag,
                  });
                  setSaved(t("documents.decision.revisionStarted"));
                  onChanged(res.data);
                })
              }
            >
              {t("documents.decision.startRevision")}
            </Button>
          </div>
          {revise.error !== null && <ErrorMessage error={revise.error} />}
        </div>
      )}
      {open && (
        <form className={styles.form} onSubmit={form.submit} aria-label={t("documents.decision.formLabel")} noValidate>
          <Text>{t("documents.decision.body", { body: decisionBodyName })}</Text>
          <Field label={t("documents.decision.action")} {...field("body.action")}>
            <Select value={action} onChange={(_, d) => setAction(d.value as "adopt" | "repeal")}>
              <option value="adopt">{t("documents.decision.adopt")}</option>
              {doc.version > 0 && <option value="repeal">{t("documents.decision.repeal")}</option>}
            </Select>
          </Field>
          <Field label={t("documents.decision.date")} required {...field("body.decision.date")}>
            <DateField value={date} onChange={setDate} />
          </Field>
          <Field
            label={t("documents.decision.paragraph")}
            hint={t("documents.decision.paragraphHint")}
            required
            {...field("body.decision.paragraph")}
          >
            <Input value={paragraph} maxLength={10} onChange={(_, d) => setParagraph(d.value)} />
          </Field>
          {action === "adopt" && (
            <Field label={t("documents.field.validUntil")} hint={t("documents.decision.validUntilHint")} {...field("body.validUntil")}>
              <DateField value={validUntil} onChange={setValidUntil} />
            </Field>
          )}
          <FormFooter form={form} submit={t("documents.decision.submit")} />
        </form>
      )}
      <SuccessNotice message={saved} />
    </section>
  );
}
