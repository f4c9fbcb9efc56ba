import { Button, Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { documentFileGetRoute, documentFileUploadRoute, type GoverningDocument } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FileField } from "../shared/file-field.js";
import { fileSize, formatDate } from "../shared/period-name.js";
import { saveFile } from "../shared/save-file.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";

/** What the file picker offers; the API checks name and content again. */
export const acceptedFiles = ".docx,.odt,.xlsx,.pptx,.pdf";

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

export function VersionFiles({
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
