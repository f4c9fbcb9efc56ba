import { Field, Input, Select, Spinner, Textarea } from "@fluentui/react-components";
import {
  type DocumentSettings,
  decisionBodyKinds,
  documentCreateRoute,
  type GoverningDocument,
  type Me,
  type OrgUnit,
  orgUnitsListRoute,
  owningBodyKinds,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { useActivePeople, withCurrent } from "../shared/people-choices.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useDocumentChoices } from "./document-choices.js";
import { DocumentLinkFields } from "./document-link-fields.js";

/** The register form once the organisation is read: it offers the bodies that may decide and own a document. */
export function RegisterDocumentPanel(props: {
  api: ApiClient;
  me: Me;
  types: DocumentSettings["types"];
  onCreated: (doc: GoverningDocument) => void;
}) {
  const { t } = useI18n();
  const read = useRead(props.api, orgUnitsListRoute);
  const { error, retry } = failureOf(read);
  if (error !== null) return <ErrorMessage error={error} onRetry={retry} />;
  if (!read.data) return <Spinner label={t("app.loading")} />;
  return <RegisterDocumentForm {...props} units={read.data.units} />;
}

/** Registers a new governing document as a draft; the person responsible defaults to the one registering. */
function RegisterDocumentForm({
  api,
  me,
  units,
  types,
  onCreated,
}: {
  api: ApiClient;
  me: Me;
  units: readonly OrgUnit[];
  types: DocumentSettings["types"];
  onCreated: (doc: GoverningDocument) => void;
}) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const sorted = [...units].filter((u) => u.active).sort((a, b) => a.name.localeCompare(b.name, "sv"));
  const decisionBodies = sorted.filter((u) => decisionBodyKinds.includes(u.kind));
  const owningBodies = sorted.filter((u) => owningBodyKinds.includes(u.kind));
  const ownScope = me.responsibilities.find((r) => r.role === "documentOwner" && owningBodyKinds.includes(r.scopeKind))?.scopeId;
  const [title, setTitle] = useState("");
  const [typeKey, setTypeKey] = useState(types[0]?.key ?? "");
  // The type's usual decision body comes first (a policy the council's), until the person chooses another.
  const usualBody = (key: string) => {
    const kind = types.find((x) => x.key === key)?.usualDecisionBody;
    return decisionBodies.find((u) => u.kind === kind)?.id ?? decisionBodies[0]?.id ?? "";
  };
  const [decisionBodyId, setDecisionBodyId] = useState(() => usualBody(types[0]?.key ?? ""));
  const [bodyChosen, setBodyChosen] = useState(false);
  const [owningBodyId, setOwningBodyId] = useState(ownScope ?? owningBodies[0]?.id ?? "");
  const [ownerPersonId, setOwnerPersonId] = useState(me.person.id);
  const [summary, setSummary] = useState("");
  const [appliesTo, setAppliesTo] = useState("");
  const [parentId, setParentId] = useState("");
  const [supersedesId, setSupersedesId] = useState("");
  const peopleRead = useActivePeople(api);
  const documentsRead = useDocumentChoices(api, null);
  const people = peopleRead.choices;
  const documents = documentsRead.choices;
  const choicesFailed = peopleRead.error !== null ? peopleRead : documentsRead.error !== null ? documentsRead : null;
  const form = useFormSubmit(
    ["body.title", "body.typeKey", "body.decisionBodyId", "body.owningBodyId", "body.ownerPersonId", "body.parentId", "body.supersedesId"],
    { "body.title": title.trim() !== "" },
    async () => {
      const res = await api.call(documentCreateRoute, {
        body: {
          title: title.trim(),
          typeKey,
          decisionBodyId,
          owningBodyId,
          ownerPersonId,
          summary: summary.trim(),
          appliesTo: appliesTo.trim(),
          parentId: parentId || null,
          supersedesId: supersedesId || null,
        },
      });
      onCreated(res.data);
    },
  );
  const field = form.fieldProps;
  const owners = withCurrent(people, [{ id: me.person.id, name: me.person.name }]);
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="register-heading" noValidate>
      <h2 id="register-heading" className={styles.subheading}>
        {t("documents.register.title")}
      </h2>
      {choicesFailed && <ErrorMessage error={choicesFailed.error} onRetry={choicesFailed.retry} />}
      <Field label={t("documents.register.titleField")} required {...field("body.title")}>
        <Input value={title} maxLength={200} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t("documents.field.type")} {...field("body.typeKey")}>
        <Select
          value={typeKey}
          onChange={(_, d) => {
            setTypeKey(d.value);
            if (!bodyChosen) setDecisionBodyId(usualBody(d.value));
          }}
        >
          {types.map((x) => (
            <option key={x.key} value={x.key}>
              {(language === "en" ? x.name.en : undefined) ?? x.name.sv}
            </option>
          ))}
        </Select>
      </Field>
      <ChoiceField
        label={t("documents.field.decisionBody")}
        value={decisionBodyId}
        choices={decisionBodies}
        onChange={(id) => {
          setDecisionBodyId(id);
          setBodyChosen(true);
        }}
        validation={field("body.decisionBodyId")}
      />
      <ChoiceField
        label={t("documents.register.owningBody")}
        value={owningBodyId}
        choices={owningBodies}
        onChange={setOwningBodyId}
        validation={field("body.owningBodyId")}
      />
      <ChoiceField
        label={t("documents.register.owner")}
        value={ownerPersonId}
        choices={owners}
        onChange={setOwnerPersonId}
        validation={field("body.ownerPersonId")}
      />
      <Field label={t("documents.field.summary")} {...field("body.summary")}>
        <Textarea value={summary} maxLength={2000} onChange={(_, d) => setSummary(d.value)} />
      </Field>
      <Field label={t("documents.field.appliesTo")} {...field("body.appliesTo")}>
        <Input value={appliesTo} maxLength={500} onChange={(_, d) => setAppliesTo(d.value)} />
      </Field>
      <DocumentLinkFields
        documents={documents}
        parentId={parentId}
        onParent={setParentId}
        supersedesId={supersedesId}
        onSupersedes={setSupersedesId}
        field={field}
      />
      <FormFooter form={form} submit={t("documents.register.submit")} disabled={!decisionBodyId || !owningBodyId} />
    </form>
  );
}
