import { Button, Link, Text } from "@fluentui/react-components";
import {
  type ActivityDetail,
  dialogueAttachmentAddRoute,
  dialogueAttachmentGetRoute,
  dialogueAttachmentRemoveRoute,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { acceptedFiles } from "../documents/file-section.js";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { ConfirmButton } from "../shared/confirm-button.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FileField } from "../shared/file-field.js";
import { fileSize, formatDate } from "../shared/period-name.js";
import { saveFile } from "../shared/save-file.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useRefreshDialogue } from "./activity-form.js";

/**
 * The files kept with an activity's results (a survey's report, a workshop's notes), filed
 * in the municipality's document library: listed, downloaded, opened in SharePoint, added
 * while the activity is held and taken off (the file stays in the library). Only those who
 * record the results see them.
 */
export function AttachmentsSection({ api, detail, held }: { api: ApiClient; detail: ActivityDetail; held: boolean }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const refresh = useRefreshDialogue();
  const [file, setFile] = useState<File | null>(null);
  const [picker, setPicker] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const upload = useAction();
  const download = useAction();
  const a = detail.activity;
  const send = () =>
    upload.run(async () => {
      if (!file) return;
      setDone(null);
      await api.call(dialogueAttachmentAddRoute, { params: { id: a.id }, query: { name: file.name }, body: file, ifMatch: a.etag });
      setDone(t("dlg.attach.uploaded", { name: file.name }));
      setFile(null);
      setPicker((n) => n + 1);
      refresh();
    });
  return (
    <div className={styles.stack}>
      <h3 className={styles.subheading}>{t("dlg.attach.title")}</h3>
      {detail.attachments.length === 0 ? (
        <Text>{t("dlg.attach.none")}</Text>
      ) : (
        <ul className={styles.stack} style={{ margin: 0, paddingInlineStart: "1.25rem" }}>
          {detail.attachments.map((f) => (
            <li key={f.id}>
              <div className={styles.stack} style={{ gap: "0.25rem" }}>
                <Text className={styles.wrap}>
                  {t("dlg.attach.item", {
                    name: f.name,
                    size: fileSize(f.size, language),
                    date: formatDate(f.addedAt.slice(0, 10), language),
                    by: f.addedBy,
                  })}
                </Text>
                <div className={styles.row} style={{ justifyContent: "flex-start" }}>
                  <Button
                    size="small"
                    disabled={download.busy}
                    aria-label={t("dlg.attach.downloadNamed", { name: f.name })}
                    onClick={() =>
                      download.run(async () =>
                        saveFile(await api.read(dialogueAttachmentGetRoute, { params: { id: a.id, attachmentId: f.id } }), f.name),
                      )
                    }
                  >
                    {t("dlg.attach.download")}
                  </Button>
                  {f.webUrl && (
                    <Link
                      href={f.webUrl}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-label={t("dlg.attach.openNamed", { name: f.name })}
                    >
                      {t("dlg.attach.open")}
                    </Link>
                  )}
                  <ConfirmButton
                    size="small"
                    label={t("dlg.attach.removeNamed", { name: f.name })}
                    title={t("dlg.attach.remove")}
                    body={t("dlg.attach.removeConfirm", { name: f.name })}
                    confirmLabel={t("dlg.attach.remove")}
                    onConfirm={async () => {
                      await api.call(dialogueAttachmentRemoveRoute, { params: { id: a.id, attachmentId: f.id }, ifMatch: a.etag });
                      setDone(t("dlg.attach.removed", { name: f.name }));
                      refresh();
                    }}
                  >
                    {t("dlg.attach.remove")}
                  </ConfirmButton>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      {download.error !== null && <ErrorMessage error={download.error} />}
      {held && (
        <div className={styles.form}>
          <FileField key={picker} label={t("dlg.attach.choose")} hint={t("dlg.attach.hint")} accept={acceptedFiles} onFile={setFile} />
          <div>
            <Button onClick={send} disabled={!file || upload.busy}>
              {upload.busy ? t("dlg.attach.uploading") : t("dlg.attach.upload")}
            </Button>
          </div>
          {upload.error !== null && <ErrorMessage error={upload.error} onRetry={send} />}
        </div>
      )}
      <SuccessNotice message={done} />
    </div>
  );
}
