import { Field, Link, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { type AgendaItem, type Meeting, meetingAdjustRoute, meetingGetRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead, useSetRead } from "../shared/api/queries.js";
import { DateField } from "../shared/date-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FactsCard } from "../shared/facts-card.js";
import { FormFooter } from "../shared/form-footer.js";
import { formatDate } from "../shared/period-name.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { AgendaEditor } from "./agenda-editor.js";
import { DecisionForm } from "./decision-form.js";
import { MeetingDocuments } from "./meeting-documents.js";
import { MeetingStateText } from "./meeting-state.js";

const stockholmToday = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

/** One item of the agenda: what it is, its link, and its decision with § — or, for the secretary in the meeting, the form to record it. */
function ItemView({
  api,
  meeting,
  item,
  n,
  readOnly,
}: {
  api: ApiClient;
  meeting: Meeting;
  item: AgendaItem;
  n: number;
  readOnly: boolean;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const headingId = `item-${item.id}`;
  const canDecide = !readOnly && meeting.decidesToday && !item.decision;
  return (
    <li>
      <section className={styles.card} aria-labelledby={headingId}>
        <Text size={200} className={styles.muted}>
          {`${t("mtg.item.number", { n: String(n) })} · ${t(`mtg.kind.${item.kind}`)}${item.information ? ` · ${t("mtg.item.information")}` : ""}`}
        </Text>
        <h3 id={headingId} className={`${styles.subheading} ${styles.wrap}`}>
          {item.href ? (
            // In the details tab the screen is all there is: an item's object opens beside it, not in its place.
            <Link href={item.href} {...(readOnly ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
              {item.title}
            </Link>
          ) : (
            item.title
          )}
        </h3>
        {item.summary && <Text className={styles.wrap}>{item.summary}</Text>}
        {item.decision && (
          <div className={styles.stack}>
            <Text weight="semibold">
              {t("mtg.decision.heading", { paragraph: String(item.decision.paragraph), type: t(`mtg.decision.${item.decision.type}`) })}
            </Text>
            <Text className={styles.wrap}>{item.decision.text}</Text>
            <Text size={200} className={styles.muted}>
              {t("mtg.decision.by", { by: item.decision.recordedBy })}
              {item.decision.assignmentId ? ` ${t("mtg.decision.assignment")}` : ""}
            </Text>
          </div>
        )}
        {canDecide && <DecisionForm api={api} meeting={meeting} item={item} n={n} />}
      </section>
    </li>
  );
}

/** The adjustment of the minutes: its date; afterwards the meeting is final. */
function AdjustForm({ api, meeting }: { api: ApiClient; meeting: Meeting }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const setRead = useSetRead();
  // Adjusted on the meeting's day at the earliest: today, or the meeting's day while this device's clock is behind it.
  const [on, setOn] = useState(() => (stockholmToday() < meeting.date ? meeting.date : stockholmToday()));
  const [done, setDone] = useState<string | null>(null);
  const form = useFormSubmit(["body.adjustedOn"], { "body.adjustedOn": on !== "" }, async () => {
    const res = await api.call(meetingAdjustRoute, { params: { id: meeting.id }, body: { adjustedOn: on }, ifMatch: meeting.etag });
    setRead(meetingGetRoute, { params: { id: meeting.id } }, res.data);
    setDone(t("mtg.adjust.done"));
  });
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="adjust-heading" noValidate>
      <h2 id="adjust-heading" className={styles.subheading}>
        {t("mtg.adjust")}
      </h2>
      <Field label={t("mtg.adjust.date")} required {...form.fieldProps("body.adjustedOn")}>
        <DateField value={on} onChange={setOn} />
      </Field>
      <FormFooter form={form} submit={t("mtg.adjust.save")} />
      <SuccessNotice message={done} />
    </form>
  );
}

/**
 * A meeting: when and where, who keeps and adjusts its minutes, its agenda with each decision
 * and §. As the Teams meeting's details tab (`details`) it is the notice for everyone: the
 * published agenda, the decisions once taken and the meeting's documents, without the
 * secretary's editing, which is in the app and the side panel.
 */
export function MeetingScreen({ api, meetingId, details = false }: { api: ApiClient; meetingId: string; details?: boolean }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const read = useRead(api, meetingGetRoute, { params: { id: meetingId } });
  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
  if (!read.data) return <Spinner label={t("app.loading")} />;
  const m = read.data;
  const facts: [string, string][] = [
    [t("mtg.col.date"), t("mtg.when", { date: formatDate(m.date, language), time: m.startsAt })],
    ...(m.location ? ([[t("mtg.where"), m.location]] as [string, string][]) : []),
    [t("mtg.secretary"), m.secretaryName],
    ...(m.adjusters.length > 0 ? ([[t("mtg.adjusters"), m.adjusters.map((a) => a.name).join(", ")]] as [string, string][]) : []),
    ...(m.paragraphs
      ? ([[t("mtg.paragraphs"), t("mtg.paragraphRange", { first: String(m.paragraphs.first), last: String(m.paragraphs.last) })]] as [
          string,
          string,
        ][])
      : []),
  ];
  return (
    <div className={styles.stack}>
      {!details && <Link href="#/meetings">{t("mtg.back")}</Link>}
      <h1 className={`${styles.heading} ${styles.wrap}`}>
        {t("mtg.name", { body: m.bodyName, number: String(m.number), year: m.date.slice(0, 4) })}
      </h1>
      <MeetingStateText state={m.state} />
      <FactsCard heading={t("mtg.facts")} rows={facts} />
      {m.adjusted && (
        <MessageBar intent="success">
          <MessageBarBody>{t("mtg.adjusted", { date: formatDate(m.adjusted.on, language), by: m.adjusted.by })}</MessageBarBody>
        </MessageBar>
      )}
      {!details && m.canPlan && !m.paragraphs && <AgendaEditor api={api} meeting={m} />}
      <section className={styles.stack} aria-labelledby="agenda-heading">
        <h2 id="agenda-heading" className={styles.subheading}>
          {t("mtg.agenda")}
        </h2>
        <Text size={200} className={styles.muted}>
          {m.agenda.published
            ? t("mtg.agenda.published", { date: formatDate(m.agenda.published.at.slice(0, 10), language), by: m.agenda.published.by })
            : t("mtg.agenda.draft")}
        </Text>
        {details && !m.agenda.published ? (
          <Text>{t("mtg.details.notPublished")}</Text>
        ) : m.agenda.items.length === 0 ? (
          <Text>{t("mtg.agenda.none")}</Text>
        ) : (
          <ol className={styles.stack} style={{ margin: 0, paddingInlineStart: 0, listStyle: "none" }}>
            {m.agenda.items.map((item, i) => (
              <ItemView key={item.id} api={api} meeting={m} item={item} n={i + 1} readOnly={details} />
            ))}
          </ol>
        )}
      </section>
      <MeetingDocuments api={api} meeting={m} />
      {!details && m.canAdjust && (
        <section className={styles.card}>
          <AdjustForm api={api} meeting={m} />
        </section>
      )}
    </div>
  );
}
