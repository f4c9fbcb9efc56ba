import { Button, Field, Link, Select, Spinner, Text } from "@fluentui/react-components";
import {
  type DocumentListQuery,
  type DocumentSettings,
  documentGetRoute,
  documentsListRoute,
  documentTypesGetRoute,
  type GoverningDocument,
  type Me,
  myItemsGetRoute,
  type OrgUnit,
  orgUnitsListRoute,
} from "@kvalitetskedjan/domain";
import { type ReactNode, useCallback, useMemo, useState } from "react";
import { type Language, useI18n } from "../i18n/i18n.js";
import { documentHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useInvalidate, useRead, useSetRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate } from "../shared/period-name.js";
import { DocumentStatusText } from "../shared/status.js";
import { useViewStyles } from "../shared/views.styles.js";
import { DecisionSection } from "./decision-section.js";
import { EditDocumentForm } from "./edit-document-form.js";
import { FileSection } from "./file-section.js";
import { LibrarySection } from "./library-section.js";
import { RegisterDocumentForm } from "./register-document-form.js";

type Status = GoverningDocument["status"];
const statuses: readonly Status[] = ["adopted", "inRevision", "expired", "draft", "repealed"];
const expiryChoices = ["", "30", "90", "180"] as const;
const decisionBodyKinds = new Set(["council", "executiveBoard", "committee", "company"]);

/** The municipality's document types (a few), and a type's name in the reader's language. */
function useTypeNames(api: ApiClient, language: Language) {
  const typesRead = useRead(api, documentTypesGetRoute);
  const types = useMemo<DocumentSettings["types"]>(() => typesRead.data?.types ?? [], [typesRead.data]);
  const typeName = useCallback(
    (key: string) => {
      const type = types.find((x) => x.key === key);
      return (language === "en" ? type?.name.en : undefined) ?? type?.name.sv ?? key;
    },
    [types, language],
  );
  return { typeName, types, typesRead };
}

/** The organisation's units: the register offers the decision bodies as a filter and names them in its columns. */
function useUnitNames(api: ApiClient) {
  const unitsRead = useRead(api, orgUnitsListRoute);
  const units = useMemo<readonly OrgUnit[]>(() => unitsRead.data?.units ?? [], [unitsRead.data]);
  const names = useMemo(() => new Map(units.map((u) => [u.id, u.name])), [units]);
  return { unitName: (id: string) => names.get(id) ?? id, units, unitsRead };
}

/** The register of governing documents: every document with its status and valid-until, filtered as the reader asks. */
export function DocumentsView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  const { typeName, types, typesRead } = useTypeNames(api, language);
  const { unitName, units, unitsRead } = useUnitNames(api);
  const reads = [typesRead, unitsRead] as const;
  const [mine, setMine] = useState(() => window.location.hash.includes("mine=1"));
  const [registering, setRegistering] = useState(false);
  const [typeKey, setTypeKey] = useState("");
  const [decisionBodyId, setDecisionBodyId] = useState("");
  const [status, setStatus] = useState("");
  const [expiring, setExpiring] = useState<(typeof expiryChoices)[number]>("");

  const query = useMemo(
    () => ({
      typeKey: typeKey || undefined,
      decisionBodyId: decisionBodyId || undefined,
      status: (status || undefined) as DocumentListQuery["status"],
      expiringWithinDays: expiring || undefined,
      ownerPersonId: mine ? me.person.id : undefined,
    }),
    [typeKey, decisionBodyId, status, expiring, mine, me.person.id],
  );
  const decisionBodies = useMemo(
    () => units.filter((u) => decisionBodyKinds.has(u.kind)).sort((a, b) => a.name.localeCompare(b.name, "sv")),
    [units],
  );
  const registerRead = useRead(api, documentsListRoute, { query });
  const register = registerRead.data ?? null;
  const { error, retry } = failureOf(registerRead, ...reads);
  const invalidate = useInvalidate();

  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("documents.title")}</h1>
      <Text>{t("documents.intro")}</Text>
      {me.allowed.registerDocuments && !registering && (
        <div>
          <Button appearance="primary" onClick={() => setRegistering(true)}>
            {t("documents.register.open")}
          </Button>
        </div>
      )}
      {registering && types.length > 0 && units.length > 0 && (
        <section className={styles.card}>
          <RegisterDocumentForm
            api={api}
            me={me}
            units={units}
            types={types}
            onCreated={(doc) => {
              void invalidate(documentsListRoute, myItemsGetRoute);
              window.location.hash = documentHash(doc.id);
            }}
          />
          <div>
            <Button onClick={() => setRegistering(false)}>{t("documents.register.cancel")}</Button>
          </div>
        </section>
      )}
      <div className={styles.row}>
        <Field label={t("documents.filter.owner")}>
          <Select value={mine ? "mine" : ""} onChange={(_, d) => setMine(d.value === "mine")}>
            <option value="">{t("documents.filter.everyone")}</option>
            <option value="mine">{t("documents.filter.mine")}</option>
          </Select>
        </Field>
        <Field label={t("documents.filter.type")}>
          <Select value={typeKey} onChange={(_, d) => setTypeKey(d.value)}>
            <option value="">{t("documents.filter.all")}</option>
            {types.map((x) => (
              <option key={x.key} value={x.key}>
                {typeName(x.key)}
              </option>
            ))}
          </Select>
        </Field>
        <ChoiceField
          label={t("documents.filter.decisionBody")}
          value={decisionBodyId}
          choices={decisionBodies}
          onChange={setDecisionBodyId}
          all={t("documents.filter.all")}
        />
        <Field label={t("documents.filter.status")}>
          <Select value={status} onChange={(_, d) => setStatus(d.value)}>
            <option value="">{t("documents.filter.all")}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`documents.status.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("documents.filter.expiring")}>
          <Select value={expiring} onChange={(_, d) => setExpiring(d.value as (typeof expiryChoices)[number])}>
            {expiryChoices.map((days) => (
              <option key={days} value={days}>
                {days ? t("documents.filter.withinDays", { days }) : t("documents.filter.any")}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {register === null && error === null && <Spinner label={t("app.loading")} />}
      {register && (
        <div aria-live="polite">
          <Text>{tp("documents.count", register.documents.length)}</Text>
        </div>
      )}
      {register && register.documents.length > 0 && (
        <DataTable
          label={t("documents.title")}
          columns={[
            t("documents.column.title"),
            t("documents.column.type"),
            t("documents.column.decisionBody"),
            t("documents.column.owningBody"),
            t("documents.column.version"),
            t("documents.column.validUntil"),
            t("documents.column.status"),
          ]}
          rows={register.documents.map((d) => ({
            key: d.id,
            cells: [
              <Link key="title" href={documentHash(d.id)}>
                {d.title}
              </Link>,
              typeName(d.typeKey),
              unitName(d.decisionBodyId),
              unitName(d.owningBodyId),
              d.version > 0 ? d.version : "–",
              d.validUntil ? formatDate(d.validUntil, language) : "–",
              <DocumentStatusText key="status" status={d.status} revision={d.revision} />,
            ],
          }))}
        />
      )}
    </div>
  );
}

/** One document: the header of the 2017 quality policy as metadata, and every adopted version. */
export function DocumentDetailView({ api, documentId }: { api: ApiClient; documentId: string }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const { typeName, typesRead } = useTypeNames(api, language);
  const params = { id: documentId };
  const read = useRead(api, documentGetRoute, { params });
  const doc = read.data ?? null;
  const { error, retry } = failureOf(read, typesRead);
  const setRead = useSetRead();
  const invalidate = useInvalidate();
  /** Shows the document as a change answered it; the register reads again when next shown. */
  const setDoc = (next: GoverningDocument) => {
    setRead(documentGetRoute, { params }, next);
    void invalidate(documentsListRoute, myItemsGetRoute);
  };
  const date = (d: string | null) => (d ? formatDate(d, language) : "–");

  if (error !== null) return <ErrorMessage error={error} onRetry={retry} />;
  if (!doc) return <Spinner label={t("app.loading")} />;
  const bodyName = (id: string) => doc.bodyNames[id] ?? id;
  const { canEdit } = doc;
  const rows: [string, ReactNode][] = [
    [t("documents.field.type"), typeName(doc.typeKey)],
    [t("documents.field.status"), <DocumentStatusText key="status" status={doc.status} revision={doc.revision} />],
    [t("documents.field.decisionBody"), bodyName(doc.decisionBodyId)],
    [t("documents.field.owner"), [doc.ownerName, bodyName(doc.owningBodyId)].filter(Boolean).join(", ")],
    [t("documents.field.version"), doc.version > 0 ? String(doc.version) : "–"],
    [t("documents.field.lastRevised"), doc.lastRevised ? `${date(doc.lastRevised.date)} ${doc.lastRevised.paragraph}` : "–"],
    [t("documents.field.validUntil"), date(doc.validUntil)],
    [t("documents.field.summary"), doc.summary || "–"],
    [t("documents.field.appliesTo"), doc.appliesTo || "–"],
    [t("documents.field.diaryNumber"), doc.diaryNumber ?? "–"],
  ];
  return (
    <div className={styles.stack}>
      <Link href="#/documents">{t("documents.back")}</Link>
      <h1 className={styles.heading}>{doc.title}</h1>
      <dl className={styles.list}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>
              <Text weight="semibold">{label}</Text>
            </dt>
            <dd className={styles.definition}>{value}</dd>
          </div>
        ))}
      </dl>
      {doc.parentId && (
        <Text>
          {t("documents.parent")}: <Link href={documentHash(doc.parentId)}>{doc.parentTitle ?? doc.parentId}</Link>
        </Text>
      )}
      {doc.supersededById && <Link href={documentHash(doc.supersededById)}>{t("documents.supersededBy")}</Link>}
      {doc.children.length > 0 && (
        <section aria-labelledby="children-heading" className={styles.stack}>
          <h2 id="children-heading" className={styles.subheading}>
            {t("documents.children")}
          </h2>
          <ul className={styles.list}>
            {doc.children.map((c) => (
              <li key={c.id}>
                <Link href={documentHash(c.id)}>{c.title}</Link> <Text className={styles.muted}>({typeName(c.typeKey)})</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      <FileSection api={api} doc={doc} canEdit={canEdit} onChanged={setDoc} />
      <LibrarySection api={api} doc={doc} />
      {canEdit && <DecisionSection api={api} doc={doc} decisionBodyName={bodyName(doc.decisionBodyId)} onChanged={setDoc} />}
      {canEdit && doc.status !== "repealed" && <EditDocumentForm api={api} doc={doc} onChanged={setDoc} />}
      <h2 id="versions-heading" className={styles.subheading}>
        {t("documents.versions")}
      </h2>
      {doc.versions.length === 0 ? (
        <Text>{t("documents.noVersions")}</Text>
      ) : (
        <DataTable
          label={t("documents.versions")}
          columns={[
            t("documents.column.version"),
            t("documents.column.decision"),
            t("documents.column.title"),
            t("documents.column.validUntil"),
          ]}
          rows={[...doc.versions].reverse().map((v) => ({
            key: String(v.version),
            cells: [
              v.version,
              `${bodyName(v.decision.bodyId)} ${date(v.decision.date)} ${v.decision.paragraph}`,
              v.metadata.title,
              date(v.validUntil),
            ],
          }))}
        />
      )}
    </div>
  );
}
