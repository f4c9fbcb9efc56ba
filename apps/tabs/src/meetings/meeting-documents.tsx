import { Button, Link, Text } from "@fluentui/react-components";
import {
  type Meeting,
  type MeetingDocument,
  meetingDocumentFileRoute,
  meetingDocumentGetRoute,
  meetingGetRoute,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useSetRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate } from "../shared/period-name.js";
import { saveFile } from "../shared/save-file.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";

/** The meeting's notice and minutes as Word, and their filing (with an extract per §) in the document library. */
export function MeetingDocuments({ api, meeting }: { api: ApiClient; meeting: Meeting }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const setRead = useSetRead();
  const download = useAction();
  const filing = useAction();
  const [done, setDone] = useState<string | null>(null);
  const available: MeetingDocument[] = [
    ...(meeting.agenda.published ? ["notice" as const] : []),
    ...(meeting.paragraphs ? ["minutes" as const] : []),
  ];
  const fetchDoc = (document: MeetingDocument) =>
    download.run(async () => {
      const blob = await api.read(meetingDocumentGetRoute, { params: { id: meeting.id, document }, query: { locale: language } });
      saveFile(blob, `${document === "notice" ? "Kallelse" : "Protokoll"} ${meeting.bodyName} ${meeting.date}.docx`);
    });
  const fileDoc = (document: MeetingDocument) =>
    filing.run(async () => {
      const res = await api.call(meetingDocumentFileRoute, { params: { id: meeting.id }, body: { document }, ifMatch: meeting.etag });
      setRead(meetingGetRoute, { params: { id: meeting.id } }, res.data);
      setDone(t("mtg.docs.filedDone"));
    });
  return (
    <section className={styles.card} aria-labelledby="docs-heading">
      <h2 id="docs-heading" className={styles.subheading}>
        {t("mtg.docs")}
      </h2>
      {available.length === 0 && <Text>{t("mtg.docs.none")}</Text>}
      {available.map((document) => {
        const filed = meeting.filed[document];
        return (
          <div key={document} className={styles.stack}>
            <div className={styles.row} style={{ justifyContent: "flex-start" }}>
              <Button onClick={() => fetchDoc(document)} disabled={download.busy}>
                {t(document === "notice" ? "mtg.docs.notice" : "mtg.docs.minutes")}
              </Button>
              {meeting.canFile && (
                <Button onClick={() => fileDoc(document)} disabled={filing.busy}>
                  {t(document === "notice" ? "mtg.docs.fileNotice" : "mtg.docs.fileMinutes")}
                </Button>
              )}
            </div>
            {filed && (
              <div className={styles.stack} style={{ gap: "0.25rem" }}>
                <Text size={200} className={styles.muted}>
                  {t("mtg.docs.filed", { date: formatDate(filed.at.slice(0, 10), language), by: filed.by })}
                </Text>
                <ul className={styles.stack} style={{ margin: 0, gap: "0.25rem", paddingInlineStart: "1.25rem" }}>
                  {filed.files.map((f) => (
                    <li key={f.name}>
                      {f.webUrl ? (
                        <Link
                          href={f.webUrl}
                          target="_blank"
                          rel="noopener noreferrer"
                          aria-label={t("mtg.docs.openInSharePoint", { name: f.name })}
                        >
                          {f.name}
                        </Link>
                      ) : (
                        <Text className={styles.wrap}>{f.name}</Text>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        );
      })}
      {download.error !== null && <ErrorMessage error={download.error} />}
      {filing.error !== null && <ErrorMessage error={filing.error} />}
      <SuccessNotice message={done} />
    </section>
  );
}
