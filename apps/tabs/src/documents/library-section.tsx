import { Spinner, Text } from "@fluentui/react-components";
import { documentLibraryViewRoute, type GoverningDocument } from "@kvalitetskedjan/domain";
import { useEffect, useRef } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { fileSize, formatDate } from "../shared/period-name.js";
import { useViewStyles } from "../shared/views.styles.js";

export const columnKeys = [
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
  const read = useRead(api, documentLibraryViewRoute, { params: { id: doc.id } }, { enabled: doc.file !== null });
  const view = read.data ?? null;
  const { error, retry } = failureOf(read);
  // Read again whenever the document changed (an upload, an adoption).
  const shownVersion = useRef(doc.etag);
  const { refetch } = read;
  useEffect(() => {
    if (shownVersion.current === doc.etag) return;
    shownVersion.current = doc.etag;
    void refetch();
  }, [refetch, doc.etag]);
  if (!doc.file) return null;
  return (
    <section className={styles.card} aria-labelledby="library-heading">
      <h2 id="library-heading" className={styles.subheading}>
        {t("documents.library.title")}
      </h2>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
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
