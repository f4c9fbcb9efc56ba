import { Button, Field, Input, Link, MessageBar, MessageBarBody, Select, Spinner, Text, Textarea } from "@fluentui/react-components";
import {
  type DocumentLibraryView,
  type DocumentSettings,
  decisionBodyKinds,
  documentCreateRoute,
  documentFileGetRoute,
  documentFileUploadRoute,
  documentLibraryViewRoute,
  documentsListRoute,
  documentTransitionRoute,
  documentUpdateRoute,
  type GoverningDocument,
  type Me,
  type OrgUnit,
  owningBodyKinds,
  type PeoplePage,
  peopleListRoute,
} from "@kvalitetskedjan/domain";
import { useCallback, useEffect, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { type Choice, ChoiceField } from "../shared/choice-field.js";
import { DataTable } from "../shared/data-table.js";
import { DateField } from "../shared/date-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { ErrorSummary } from "../shared/error-summary.js";
import { FileField } from "../shared/file-field.js";
import { fileSize, formatDate } from "../shared/period-name.js";
import { saveFile } from "../shared/save-file.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

/** What the file picker offers; the API checks name and content again. */
const acceptedFiles = ".docx,.odt,.xlsx,.pptx,.pdf";

/** The municipality's active people, to choose a person responsible among (the first 200 by name). */
function useActivePeople(api: ApiClient, wanted = true): PeoplePage["people"] {
  const [people, setPeople] = useState<PeoplePage["people"]>([]);
  useEffect(() => {
    if (!wanted) return;
    api
      .read(peopleListRoute, { query: { limit: 200 } })
      .then((p) => setPeople(p.people.filter((x) => x.active)))
      .catch(() => undefined);
  }, [api, wanted]);
  return people;
}

/** The register's documents by title, to choose a parent or a document superseded among. */
function useDocumentChoices(api: ApiClient, except: string | null, wanted = true): Choice[] {
  const [documents, setDocuments] = useState<Choice[]>([]);
  useEffect(() => {
    if (!wanted) return;
    api
      .read(documentsListRoute)
      .then((r) => setDocuments(r.documents.filter((d) => d.id !== except).map((d) => ({ id: d.id, name: d.title }))))
      .catch(() => undefined);
  }, [api, except, wanted]);
  return documents;
}

/** `choices`, with the current values added when they are not (yet) among them. */
function withCurrent(choices: readonly Choice[], current: readonly { id: string | null; name: string | null }[]): Choice[] {
  const missing = current.filter((c): c is Choice => c.id !== null && c.name !== null && !choices.some((x) => x.id === c.id));
  return [...missing, ...choices];
}

/** Whether the signed-in person may change documents at all (the API decides per document). */
export const mayEditDocuments = (me: Me) => me.responsibilities.some((r) => r.role === "administrator" || r.role === "documentOwner");

/** Registers a new governing document as a draft; the person responsible defaults to the one registering. */
export function RegisterDocumentForm({
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
  const people = useActivePeople(api);
  const documents = useDocumentChoices(api, null);
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
      <ChoiceField
        label={t("documents.field.parent")}
        value={parentId}
        choices={documents}
        onChange={setParentId}
        all={t("documents.field.none")}
        validation={field("body.parentId")}
      />
      <ChoiceField
        label={t("documents.field.supersedes")}
        value={supersedesId}
        choices={documents}
        onChange={setSupersedesId}
        all={t("documents.field.none")}
        validation={field("body.supersedesId")}
      />
      <ErrorSummary form={form} />
      {form.general !== null && <ErrorMessage error={form.general} />}
      <div>
        <Button type="submit" appearance="primary" disabled={form.busy || !decisionBodyId || !owningBodyId}>
          {t("documents.register.submit")}
        </Button>
      </div>
    </form>
  );
}

/**
 * The document's file: what is filed (download, open in SharePoint), an upload that did not
 * finish, and a new draft while the document is a draft or in revision.
 */
export function FileSection({
  api,
  doc,
  canEdit,
  onChanged,
}: {
  api: ApiClient;
  doc: GoverningDocument;
  canEdit: boolean;
  onChanged: (doc: GoverningDocument) => void;
}) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState(false);
  const upload = useAction();
  const download = useAction();
  const editable = canEdit && (doc.status === "draft" || doc.status === "inRevision");
  const send = () =>
    upload.run(async () => {
      if (!file) return;
      setDone(false);
      const res = await api.call(documentFileUploadRoute, {
        params: { id: doc.id },
        query: { name: file.name },
        body: file,
        ifMatch: doc.etag,
      });
      setDone(true);
      setFile(null);
      onChanged(res.data);
    });
  const fetchFile = (name: string, version?: number) =>
    download.run(async () => {
      saveFile(await api.read(documentFileGetRoute, { params: { id: doc.id }, query: { version } }), name);
    });
  return (
    <section className={styles.card} aria-labelledby="file-heading">
      <h2 id="file-heading" className={styles.subheading}>
        {t("documents.file.title")}
      </h2>
      {doc.file ? (
        <div className={styles.stack}>
          <Text className={styles.wrap}>
            {t("documents.file.current", {
              name: doc.file.name,
              version: doc.file.libraryVersion,
              size: fileSize(doc.file.size, language),
              date: formatDate(doc.file.uploadedAt.slice(0, 10), language),
            })}
          </Text>
          <div className={styles.row}>
            <Button onClick={() => fetchFile(doc.file?.name ?? "dokument")} disabled={download.busy}>
              {t("documents.file.download")}
            </Button>
            {doc.file.webUrl && (
              <Link href={doc.file.webUrl} target="_blank" rel="noopener noreferrer">
                {t("documents.file.openInSharePoint")}
              </Link>
            )}
          </div>
        </div>
      ) : (
        <Text>{t("documents.file.none")}</Text>
      )}
      {download.error !== null && <ErrorMessage error={download.error} />}
      {doc.pendingUpload && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("documents.file.pending", { name: doc.pendingUpload.name })}</MessageBarBody>
        </MessageBar>
      )}
      {editable && (
        <div className={styles.form}>
          <FileField label={t("documents.file.choose")} hint={t("documents.file.hint")} accept={acceptedFiles} onFile={setFile} />
          <div>
            <Button appearance="primary" onClick={send} disabled={!file || upload.busy}>
              {upload.busy ? t("documents.file.uploading") : t("documents.file.upload")}
            </Button>
          </div>
          {upload.error !== null && <ErrorMessage error={upload.error} onRetry={send} />}
        </div>
      )}
      <SuccessNotice message={done ? t("documents.file.uploaded") : null} />
      {canEdit && !editable && doc.status !== "repealed" && <Text className={styles.muted}>{t("documents.file.frozen")}</Text>}
      <VersionFiles doc={doc} onDownload={fetchFile} busy={download.busy} />
    </section>
  );
}

function VersionFiles({
  doc,
  onDownload,
  busy,
}: {
  doc: GoverningDocument;
  onDownload: (name: string, version: number) => void;
  busy: boolean;
}) {
  const { t } = useI18n();
  const filed = [...doc.versions].reverse().filter((v) => v.file);
  if (filed.length === 0) return null;
  return (
    <DataTable
      label={t("documents.file.versionsTitle")}
      columns={[t("documents.column.version"), t("documents.file.name"), t("documents.file.libraryVersion"), t("documents.file.action")]}
      rows={filed.map((v) => ({
        key: String(v.version),
        cells: [
          v.version,
          v.file?.name ?? "",
          v.file?.libraryVersion ?? "",
          <Button key="dl" size="small" disabled={busy} onClick={() => onDownload(v.file?.name ?? "dokument", v.version)}>
            {t("documents.file.downloadVersion", { version: String(v.version) })}
          </Button>,
        ],
      }))}
    />
  );
}

const columnKeys = [
  "title",
  "type",
  "owner",
  "owningBody",
  "decisionBody",
  "adopted",
  "version",
  "lastRevised",
  "paragraph",
  "validUntil",
  "appliesTo",
  "diaryNumber",
] as const;

/** What the document library holds: its columns as SharePoint shows them, and every version it keeps. */
export function LibrarySection({ api, doc }: { api: ApiClient; doc: GoverningDocument }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const [view, setView] = useState<DocumentLibraryView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    setError(null);
    api
      .read(documentLibraryViewRoute, { params: { id: doc.id } })
      .then(setView)
      .catch(setError);
  }, [api, doc.id]);
  // Read again whenever the document changed (an upload, an adoption).
  useEffect(() => {
    if (doc.etag) load();
  }, [load, doc.etag]);
  if (!doc.file) return null;
  return (
    <section className={styles.card} aria-labelledby="library-heading">
      <h2 id="library-heading" className={styles.subheading}>
        {t("documents.library.title")}
      </h2>
      {error !== null && <ErrorMessage error={error} onRetry={load} />}
      {view === null && error === null && <Spinner label={t("app.loading")} />}
      {view && (
        <div className={styles.stack}>
          <Text>{t("documents.library.where", { library: view.library })}</Text>
          <Text>{view.inSync ? t("documents.library.inSync") : t("documents.library.outOfSync")}</Text>
          {view.item && (
            <DataTable
              label={t("documents.library.columns")}
              columns={[t("documents.library.column"), t("documents.library.value")]}
              rows={columnKeys.map((key) => ({
                key,
                cells: [t(`documents.library.col.${key}`), String(view.item?.columns[key] ?? "–")],
              }))}
            />
          )}
          <DataTable
            label={t("documents.library.versions")}
            columns={[t("documents.file.libraryVersion"), t("documents.library.modified"), t("documents.library.size")]}
            rows={view.versions.map((v) => ({
              key: v.label,
              cells: [v.label, v.modifiedAt ? formatDate(v.modifiedAt.slice(0, 10), language) : "–", fileSize(v.size, language)],
            }))}
          />
        </div>
      )}
    </section>
  );
}

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
          <ErrorSummary form={form} />
          {form.general !== null && <ErrorMessage error={form.general} />}
          <div>
            <Button type="submit" appearance="primary" disabled={form.busy}>
              {t("documents.decision.submit")}
            </Button>
          </div>
        </form>
      )}
      <SuccessNotice message={saved} />
    </section>
  );
}

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
  const people = useActivePeople(api, used);
  const registered = useDocumentChoices(api, doc.id, used);
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
        <ChoiceField
          label={t("documents.field.parent")}
          value={parentId}
          choices={documents}
          onChange={setParentId}
          all={t("documents.field.none")}
          validation={field("body.parentId")}
        />
        {open && (
          <ChoiceField
            label={t("documents.field.supersedes")}
            value={supersedesId}
            choices={documents}
            onChange={setSupersedesId}
            all={t("documents.field.none")}
            validation={field("body.supersedesId")}
          />
        )}
        <ErrorSummary form={form} />
        {form.general !== null && <ErrorMessage error={form.general} />}
        <div>
          <Button type="submit" disabled={form.busy}>
            {t("documents.edit.save")}
          </Button>
        </div>
        <SuccessNotice message={saved ? t("documents.edit.saved") : null} />
      </form>
    </section>
  );
}
