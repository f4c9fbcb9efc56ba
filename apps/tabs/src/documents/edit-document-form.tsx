import { Field, Input, Textarea } from "@fluentui/react-components";
import { documentUpdateRoute, type GoverningDocument } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { ChoiceField } from "../shared/choice-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { useActivePeople, withCurrent } from "../shared/people-choices.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useDocumentChoices } from "./document-choices.js";
import { DocumentLinkFields } from "./document-link-fields.js";

/**
 * Changes a document's metadata. In a draft or revision everything may change; once adopted
 * only who answers for it and its diary number (the rest is what was decided, and the
 * fields are shown read-only with why).
 */
export function EditDocumentForm({
  api,
  doc,
  onChanged,
}: {
  api: ApiClient;
  doc: GoverningDocument;
  onChanged: (doc: GoverningDocument) => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const open = doc.status === "draft" || doc.status === "inRevision";
  const [title, setTitle] = useState(doc.title);
  const [summary, setSummary] = useState(doc.summary);
  const [appliesTo, setAppliesTo] = useState(doc.appliesTo);
  const [diaryNumber, setDiaryNumber] = useState(doc.diaryNumber ?? "");
  const [ownerPersonId, setOwnerPersonId] = useState(doc.ownerPersonId);
  const [parentId, setParentId] = useState(doc.parentId ?? "");
  const [supersedesId, setSupersedesId] = useState(doc.supersedesId ?? "");
  // The lists to choose from (the whole register, the people) are read when the form is first used, not with every page.
  const [used, setUsed] = useState(false);
  const peopleRead = useActivePeople(api, used);
  const registeredRead = useDocumentChoices(api, doc.id, used);
  const people = peopleRead.choices;
  const registered = registeredRead.choices;
  const choicesFailed = peopleRead.error !== null ? peopleRead : registeredRead.error !== null ? registeredRead : null;
  // Until then the current choices are the options, by their titles.
  const documents = withCurrent(registered, [
    { id: doc.parentId, name: doc.parentTitle },
    { id: doc.supersedesId, name: doc.supersedesTitle },
  ]);
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit(
    ["body.title", "body.summary", "body.appliesTo", "body.diaryNumber", "body.ownerPersonId", "body.parentId", "body.supersedesId"],
    { "body.title": title.trim() !== "" },
    async () => {
      setSaved(false);
      const changes = {
        ...(open ? { title: title.trim(), summary: summary.trim(), appliesTo: appliesTo.trim(), supersedesId: supersedesId || null } : {}),
        diaryNumber: diaryNumber.trim() === "" ? null : diaryNumber.trim(),
        ownerPersonId,
        parentId: parentId || null,
      };
      const res = await api.call(documentUpdateRoute, { params: { id: doc.id }, body: changes, ifMatch: doc.etag });
      setSaved(true);
      onChanged(res.data);
    },
  );
  const field = form.fieldProps;
  const owners = withCurrent(people, [{ id: doc.ownerPersonId, name: doc.ownerName }]);
  const frozenHint = open ? null : t("documents.edit.frozenHint");
  return (
    <section className={styles.card} aria-labelledby="edit-heading">
      <form className={styles.form} onSubmit={form.submit} onFocus={() => setUsed(true)} aria-labelledby="edit-heading" noValidate>
        <h2 id="edit-heading" className={styles.subheading}>
          {t("documents.edit.title")}
        </h2>
        {choicesFailed && <ErrorMessage error={choicesFailed.error} onRetry={choicesFailed.retry} />}
        <Field label={t("documents.register.titleField")} required hint={frozenHint} {...field("body.title")}>
          <Input value={title} maxLength={200} readOnly={!open} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Field label={t("documents.field.summary")} hint={frozenHint} {...field("body.summary")}>
          <Textarea value={summary} maxLength={2000} readOnly={!open} onChange={(_, d) => setSummary(d.value)} />
        </Field>
        <Field label={t("documents.field.appliesTo")} hint={frozenHint} {...field("body.appliesTo")}>
          <Input value={appliesTo} maxLength={500} readOnly={!open} onChange={(_, d) => setAppliesTo(d.value)} />
        </Field>
        <Field label={t("documents.field.diaryNumber")} {...field("body.diaryNumber")}>
          <Input value={diaryNumber} maxLength={50} onChange={(_, d) => setDiaryNumber(d.value)} />
        </Field>
        <ChoiceField
          label={t("documents.register.owner")}
          value={ownerPersonId}
          choices={owners}
          onChange={setOwnerPersonId}
          validation={field("body.ownerPersonId")}
        />
        <DocumentLinkFields
          documents={documents}
          parentId={parentId}
          onParent={setParentId}
          supersedesId={supersedesId}
          onSupersedes={setSupersedesId}
          showSupersedes={open}
          field={field}
        />
        <FormFooter form={form} submit={t("documents.edit.save")} primary={false} />
        <SuccessNotice message={saved ? t("documents.edit.saved") : null} />
      </form>
    </section>
  );
}
