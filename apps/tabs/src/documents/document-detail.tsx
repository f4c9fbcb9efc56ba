import { Link, Spinner, Text } from "@fluentui/react-components";
import { documentGetRoute, documentsListRoute, type GoverningDocument, myItemsGetRoute } from "@kvalitetskedjan/domain";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n.js";
import { documentHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useInvalidate, useRead, useSetRead } from "../shared/api/queries.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate } from "../shared/period-name.js";
import { DocumentStatusText } from "../shared/status.js";
import { useViewStyles } from "../shared/views.styles.js";
import { DecisionSection } from "./decision-section.js";
import { EditDocumentForm } from "./edit-document-form.js";
import { FileSection } from "./file-section.js";
import { LibrarySection } from "./library-section.js";
import { useTypeNames } from "./use-type-names.js";

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
