import { Button, Field, Input, Text, Textarea } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DeleteRegular } from "@fluentui/react-icons";
import {
  type AgendaBody,
  type Meeting,
  meetingAgendaSaveRoute,
  meetingGetRoute,
  meetingProposalGetRoute,
  meetingPublishRoute,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead, useSetRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useRefreshMeetings } from "./use-refresh-meetings.js";

/** An agenda line as the secretary orders it: a proposed item by key, or one of their own. */
type Line = { readonly key: string; readonly title: string; readonly kind: string; readonly summary: string; readonly free: boolean };

const linesOf = (m: Meeting): Line[] =>
  m.agenda.items.map((i) =>
    i.refId
      ? { key: `${i.kind}:${i.refId}`, title: i.title, kind: i.kind, summary: i.summary, free: false }
      : { key: `free:${i.id}`, title: i.title, kind: "free", summary: i.summary, free: true },
  );

/**
 * The secretary orders the agenda: the proposal (what is due for the body) to add from, the
 * agenda's items to move or remove, items of their own; saved, then published as the notice.
 */
export function AgendaEditor({ api, meeting }: { api: ApiClient; meeting: Meeting }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const setRead = useSetRead();
  const refresh = useRefreshMeetings();
  const proposal = useRead(api, meetingProposalGetRoute, { params: { id: meeting.id } });
  const [lines, setLines] = useState<Line[]>(linesOf(meeting));
  // A saved (or someone else's) change comes back as a new version: the working copy starts again from it.
  const [basis, setBasis] = useState(meeting.etag);
  if (basis !== meeting.etag) {
    setBasis(meeting.etag);
    setLines(linesOf(meeting));
  }
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const save = useAction();
  const publish = useAction();
  const changed = JSON.stringify(lines.map((l) => l.key)) !== JSON.stringify(linesOf(meeting).map((l) => l.key));
  const move = (i: number, by: number) => {
    const next = [...lines];
    const [line] = next.splice(i, 1);
    if (line) next.splice(i + by, 0, line);
    setLines(next);
  };
  const body = (): AgendaBody => ({
    items: lines.map((l) => (l.free ? { title: l.title, summary: l.summary } : { key: l.key })),
  });
  const saveAgenda = () =>
    save.run(async () => {
      const res = await api.call(meetingAgendaSaveRoute, { params: { id: meeting.id }, body: body(), ifMatch: meeting.etag });
      setRead(meetingGetRoute, { params: { id: meeting.id } }, res.data);
      setDone(t("mtg.edit.saved"));
      refresh();
    });
  const publishAgenda = () =>
    publish.run(async () => {
      const res = await api.call(meetingPublishRoute, { params: { id: meeting.id }, ifMatch: meeting.etag });
      setRead(meetingGetRoute, { params: { id: meeting.id } }, res.data);
      setDone(t("mtg.publish.done"));
      refresh();
    });
  const proposed = (proposal.data?.items ?? []).filter((p) => !lines.some((l) => l.key === p.key));
  return (
    <section className={styles.card} aria-labelledby="agenda-editor-heading">
      <h2 id="agenda-editor-heading" className={styles.subheading}>
        {t("mtg.edit.title")}
      </h2>
      <Text className={styles.wrap}>{t("mtg.edit.intro")}</Text>
      <ol className={styles.stack} style={{ margin: 0, paddingInlineStart: "1.25rem" }} aria-label={t("mtg.agenda")}>
        {lines.map((l, i) => (
          <li key={l.key}>
            <div className={styles.stack} style={{ gap: "0.25rem" }}>
              <Text className={styles.wrap}>{`${l.title} (${t(`mtg.kind.${l.kind}` as "mtg.kind.free")})`}</Text>
              <div className={styles.row} style={{ justifyContent: "flex-start" }}>
                <Button
                  size="small"
                  icon={<ArrowUpRegular />}
                  disabled={i === 0}
                  aria-label={t("mtg.edit.up", { title: l.title })}
                  onClick={() => move(i, -1)}
                />
                <Button
                  size="small"
                  icon={<ArrowDownRegular />}
                  disabled={i === lines.length - 1}
                  aria-label={t("mtg.edit.down", { title: l.title })}
                  onClick={() => move(i, 1)}
                />
                <Button
                  size="small"
                  icon={<DeleteRegular />}
                  aria-label={t("mtg.edit.remove", { title: l.title })}
                  onClick={() => setLines(lines.filter((x) => x.key !== l.key))}
                />
              </div>
            </div>
          </li>
        ))}
      </ol>
      <h3 className={styles.subheading}>{t("mtg.edit.proposed")}</h3>
      {proposal.isError && <ErrorMessage error={proposal.error} onRetry={() => void proposal.refetch()} />}
      {proposal.data && proposed.length === 0 && <Text>{t("mtg.edit.proposedNone")}</Text>}
      <ul className={styles.stack} style={{ margin: 0, paddingInlineStart: "1.25rem" }} aria-label={t("mtg.edit.proposed")}>
        {proposed.map((p) => (
          <li key={p.key}>
            <div className={styles.stack} style={{ gap: "0.25rem" }}>
              <Text className={styles.wrap}>{`${p.title} (${t(`mtg.kind.${p.kind}`)})`}</Text>
              {p.summary && (
                <Text size={200} className={`${styles.muted} ${styles.wrap}`}>
                  {p.summary}
                </Text>
              )}
              <div>
                <Button
                  size="small"
                  aria-label={t("mtg.edit.add", { title: p.title })}
                  onClick={() => setLines([...lines, { key: p.key, title: p.title, kind: p.kind, summary: p.summary, free: false }])}
                >
                  {t("mtg.edit.addShort")}
                </Button>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <fieldset className={styles.stack} style={{ minWidth: 0, border: "none", padding: 0, margin: 0 }}>
        <legend>
          <Text weight="semibold">{t("mtg.edit.free")}</Text>
        </legend>
        <Field label={t("mtg.edit.freeTitle")}>
          <Input value={title} maxLength={300} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Field label={t("mtg.edit.freeSummary")}>
          <Textarea value={summary} maxLength={2000} onChange={(_, d) => setSummary(d.value)} />
        </Field>
        <div>
          <Button
            disabled={title.trim() === "" || lines.some((l) => l.free && l.title === title.trim())}
            onClick={() => {
              setLines([
                ...lines,
                { key: `free:new:${title.trim()}`, title: title.trim(), kind: "free", summary: summary.trim(), free: true },
              ]);
              setTitle("");
              setSummary("");
            }}
          >
            {t("mtg.edit.freeAdd")}
          </Button>
        </div>
      </fieldset>
      <div className={styles.row} style={{ justifyContent: "flex-start" }}>
        <Button appearance="primary" onClick={saveAgenda} disabled={save.busy || !changed}>
          {t("mtg.edit.save")}
        </Button>
        {!meeting.agenda.published && (
          <Button onClick={publishAgenda} disabled={publish.busy || changed || meeting.agenda.items.length === 0}>
            {t("mtg.publish")}
          </Button>
        )}
      </div>
      {save.error !== null && <ErrorMessage error={save.error} onRetry={saveAgenda} />}
      {publish.error !== null && <ErrorMessage error={publish.error} onRetry={publishAgenda} />}
      <SuccessNotice message={done} />
    </section>
  );
}
