import { Button, Link, Spinner, Text } from "@fluentui/react-components";
import { ArrowLeftRegular, ArrowRightRegular, ShareScreenStartRegular } from "@fluentui/react-icons";
import { type AgendaItem, type Meeting, meetingCurrentSetRoute, meetingGetRoute } from "@kvalitetskedjan/domain";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead, useSetRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useTeamsSession } from "../teams/session-context.js";
import { DecisionForm } from "./decision-form.js";
import { MeetingStateText } from "./meeting-state.js";

/** How often the side panel reads the meeting again, to follow the item the secretary moves to. */
const followEveryMs = 10_000;

/** The item the meeting is on: the one set, else the one this panel opened on, else the first without a decision, else the first. */
export const currentItem = (m: Meeting, openedOn: string | null): AgendaItem | null =>
  m.agenda.items.find((i) => i.id === m.currentItemId) ??
  m.agenda.items.find((i) => i.id === openedOn) ??
  m.agenda.items.find((i) => !i.decision) ??
  m.agenda.items[0] ??
  null;

/** Where the stage shows an item: the same app, at the stage's surface. */
export const stageUrl = (meetingId: string, itemId: string, inTeams: boolean) =>
  `${window.location.origin}/?${inTeams ? "inTeams=1&" : ""}surface=stage#/meetingStage/${encodeURIComponent(meetingId)}/${encodeURIComponent(itemId)}`;

/**
 * The meeting in Teams' side panel (320 px): the item it is on with its summary and decision,
 * moving on (the secretary or chair), sharing the item's full view to the stage for everyone,
 * and recording the decision. Everyone's panel follows the item the meeting is on.
 */
export function MeetingPanel({ api, meetingId }: { api: ApiClient; meetingId: string }) {
  const styles = useViewStyles();
  const { t, tp } = useI18n();
  const session = useTeamsSession();
  const setRead = useSetRead();
  const read = useRead(api, meetingGetRoute, { params: { id: meetingId } }, { refetchIntervalMs: followEveryMs });
  const move = useAction();
  const share = useAction();
  // Until the secretary moves the meeting on, the panel stays on the item it opened on (a decision does not move it).
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const shown = read.data ? currentItem(read.data, openedOn) : null;
  useEffect(() => {
    if (openedOn === null && shown) setOpenedOn(shown.id);
  }, [openedOn, shown]);
  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
  if (!read.data) return <Spinner label={t("app.loading")} />;
  const m = read.data;
  const item = shown;
  const at = item ? m.agenda.items.indexOf(item) : -1;
  const goTo = (next: AgendaItem | undefined) =>
    next &&
    move.run(async () => {
      try {
        const res = await api.call(meetingCurrentSetRoute, { params: { id: m.id }, body: { itemId: next.id }, ifMatch: m.etag });
        setRead(meetingGetRoute, { params: { id: m.id } }, res.data);
      } catch (error) {
        // Someone moved the meeting (or recorded a decision) first: show where it is now beside the message.
        void read.refetch();
        throw error;
      }
    });
  const inTeams = session?.meeting != null;
  return (
    <div className={styles.stack}>
      <h1 className={`${styles.subheading} ${styles.wrap}`}>
        {t("mtg.name", { body: m.bodyName, number: String(m.number), year: m.date.slice(0, 4) })}
      </h1>
      <MeetingStateText state={m.state} />
      {!item ? (
        <Text>{t("mtg.agenda.none")}</Text>
      ) : (
        <section className={styles.card} aria-labelledby="current-heading">
          <Text size={200} className={styles.muted}>
            {`${tp("mtg.panel.position", m.agenda.items.length, { n: String(at + 1) })} · ${t(`mtg.kind.${item.kind}`)}`}
          </Text>
          <h2 id="current-heading" className={`${styles.subheading} ${styles.wrap}`}>
            {item.title}
          </h2>
          {item.summary && <Text className={styles.wrap}>{item.summary}</Text>}
          <Text weight="semibold">
            {item.decision
              ? t("mtg.decision.heading", { paragraph: String(item.decision.paragraph), type: t(`mtg.decision.${item.decision.type}`) })
              : t("mtg.panel.awaiting")}
          </Text>
          <div className={styles.row} style={{ justifyContent: "flex-start" }}>
            {inTeams ? (
              <Button
                icon={<ShareScreenStartRegular />}
                disabled={share.busy}
                onClick={() => share.run(() => session.shareToStage(stageUrl(m.id, item.id, true)))}
              >
                {t("mtg.panel.share")}
              </Button>
            ) : (
              <Link href={stageUrl(m.id, item.id, false)}>{t("mtg.panel.showOnStage")}</Link>
            )}
            {item.href && (
              <Link href={item.href} target="_blank" rel="noopener noreferrer">
                {t("mtg.panel.open")}
              </Link>
            )}
          </div>
          {share.error !== null && <ErrorMessage error={share.error} />}
          {m.canRecord && (
            <div className={styles.row} style={{ justifyContent: "flex-start" }}>
              <Button icon={<ArrowLeftRegular />} disabled={at <= 0 || move.busy} onClick={() => goTo(m.agenda.items[at - 1])}>
                {t("mtg.panel.previous")}
              </Button>
              <Button
                icon={<ArrowRightRegular />}
                iconPosition="after"
                disabled={at >= m.agenda.items.length - 1 || move.busy}
                onClick={() => goTo(m.agenda.items[at + 1])}
              >
                {t("mtg.panel.next")}
              </Button>
            </div>
          )}
          {move.error !== null && <ErrorMessage error={move.error} />}
          {m.decidesToday && !item.decision && <DecisionForm key={item.id} api={api} meeting={m} item={item} n={at + 1} />}
        </section>
      )}
    </div>
  );
}
