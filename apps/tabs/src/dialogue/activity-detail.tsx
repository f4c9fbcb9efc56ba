import { Button, Link, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import {
  type Activity,
  type ActivityStatus,
  type DialogueSettings,
  dialogueActivityGetRoute,
  dialogueActivityMoveRoute,
  dialogueActivityRemoveRoute,
  dialogueSettingsGetRoute,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { goalHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ConfirmButton } from "../shared/confirm-button.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FactsCard } from "../shared/facts-card.js";
import { formatDate } from "../shared/period-name.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useViewStyles } from "../shared/views.styles.js";
import { ActivityForm, useRefreshDialogue } from "./activity-form.js";
import { ActivityStatusText, LadderStepText } from "./activity-status.js";
import { AttachmentsSection } from "./attachments-section.js";
import { FeedbackForm } from "./feedback-form.js";
import { OverlapPanel } from "./overlap-panel.js";
import { ResultsForm } from "./results-form.js";
import { ResultsView } from "./results-view.js";

const flow: readonly ActivityStatus[] = ["proposed", "planned", "running", "completed"];
const stockholmToday = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

/** What participants can and cannot influence: shown first, wherever the activity is. */
function InfluencePromise({ activity }: { activity: Activity }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  return (
    <section className={styles.card} aria-labelledby="promise-heading">
      <h2 id="promise-heading" className={styles.subheading}>
        {t("dlg.promise.title")}
      </h2>
      <LadderStepText step={activity.ladderStep} />
      {activity.promise.canInfluence ? (
        <dl className={styles.stack} style={{ margin: 0 }}>
          <dt>
            <Text weight="semibold">{t("dlg.promise.can")}</Text>
          </dt>
          <dd className={styles.definition}>{activity.promise.canInfluence}</dd>
          {activity.promise.cannotInfluence && (
            <>
              <dt>
                <Text weight="semibold">{t("dlg.promise.cannot")}</Text>
              </dt>
              <dd className={styles.definition}>{activity.promise.cannotInfluence}</dd>
            </>
          )}
        </dl>
      ) : (
        <Text>{t("dlg.promise.none")}</Text>
      )}
    </section>
  );
}

/** The activity's facts as terms and values. */
function Facts({ activity, goals }: { activity: Activity; goals: readonly { id: string; title: string }[] }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const rows: [string, React.ReactNode][] = [
    [t("dlg.form.perspective"), t(`dlg.perspective.${activity.perspective}`)],
    [t("dlg.form.method"), activity.methodName],
    [t("dlg.form.groups"), activity.targetGroups.map((g) => g.name).join(", ")],
    [t("dlg.col.period"), t("dlg.period", { start: formatDate(activity.startOn, language), end: formatDate(activity.endOn, language) })],
    [t("dlg.col.unit"), t("dlg.detail.responsible", { person: activity.responsiblePersonName, unit: activity.responsibleUnitName })],
    ...(activity.cost !== null
      ? ([[t("dlg.form.cost"), t("dlg.detail.cost", { cost: activity.cost.toLocaleString(language === "sv" ? "sv-SE" : "en-GB") })]] as [
          string,
          string,
        ][])
      : []),
    ...(activity.feedsDecision ? ([[t("dlg.detail.feeds"), activity.feedsDecision.name]] as [string, string][]) : []),
    ...(goals.length > 0
      ? ([
          [
            t("dlg.form.goals"),
            <span key="goals" className={styles.stack} style={{ gap: 0 }}>
              {goals.map((g) => (
                <Link key={g.id} href={goalHash(g.id)}>
                  {g.title}
                </Link>
              ))}
            </span>,
          ],
        ] as [string, React.ReactNode][])
      : []),
  ];
  return <FactsCard heading={t("dlg.detail.facts")} rows={rows} />;
}

/** One step forward or back in the activity's flow, for those who may take it. */
function StatusMoves({ api, activity, canPlan }: { api: ApiClient; activity: Activity; canPlan: boolean }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshDialogue();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const at = flow.indexOf(activity.status);
  if (at < 0 || !activity.canEdit) return null;
  // Into and out of the plan is the quality group's (the server says so too).
  const inPlanning = (s: ActivityStatus) => s === "proposed" || s === "planned";
  const moves = [flow[at + 1], flow[at - 1]].filter(
    (s): s is ActivityStatus => s !== undefined && (canPlan || !(inPlanning(s) && inPlanning(activity.status))),
  );
  const move = async (status: ActivityStatus) => {
    setError(null);
    try {
      await api.call(dialogueActivityMoveRoute, {
        params: { id: activity.id },
        body: { status: status as "proposed" },
        ifMatch: activity.etag,
      });
      setDone(t("dlg.move.done", { status: t(`dlg.status.${status}`) }));
      refresh();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className={styles.stack}>
      <div className={styles.row} style={{ justifyContent: "flex-start" }}>
        {moves.map((s) => (
          <Button key={s} onClick={() => void move(s)}>
            {t("dlg.move.to", { status: t(`dlg.status.${s}`) })}
          </Button>
        ))}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <SuccessNotice message={done} />
    </div>
  );
}

/** An activity: its promise first, then its facts, overlaps, results and feedback, with what the reader may do. */
export function ActivityScreen({ api, activityId }: { api: ApiClient; activityId: string }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const refresh = useRefreshDialogue();
  const read = useRead(api, dialogueActivityGetRoute, { params: { id: activityId } });
  const settingsRead = useRead(api, dialogueSettingsGetRoute);
  const { error, retry } = failureOf(read, settingsRead);
  const [editing, setEditing] = useState(false);
  const [recording, setRecording] = useState(false);
  const [removed, setRemoved] = useState(false);
  const detail = read.data ?? null;
  const settings: DialogueSettings | null = settingsRead.data ?? null;
  if (error !== null) return <ErrorMessage error={error} onRetry={retry} />;
  if (!detail || !settings) return <Spinner label={t("app.loading")} />;
  const a = detail.activity;
  const held = a.status === "running" || a.status === "completed" || a.status === "feedbackGiven";
  const today = stockholmToday();
  if (removed) {
    return (
      <div className={styles.stack}>
        <Link href="#/dialogue">{t("dlg.detail.back")}</Link>
      </div>
    );
  }
  return (
    <div className={styles.stack}>
      <Link href="#/dialogue">{t("dlg.detail.back")}</Link>
      <h1 className={styles.heading}>{a.title}</h1>
      {a.purpose && <Text className={styles.wrap}>{a.purpose}</Text>}
      <div className={styles.row} style={{ justifyContent: "flex-start" }}>
        <ActivityStatusText activity={a} />
        {a.focusDecision && (
          <Text size={200}>
            {t("dlg.focus", { date: formatDate(a.focusDecision.date, language), paragraph: a.focusDecision.paragraph })}
          </Text>
        )}
        {a.addedAfterAdoption && <Text size={200}>{t("dlg.addedAfterAdoption")}</Text>}
      </div>
      <InfluencePromise activity={a} />
      <StatusMoves api={api} activity={a} canPlan={detail.canCoordinate} />
      <OverlapPanel api={api} activity={a} weeks={settings.overlapWeeks} canCoordinate={detail.canCoordinate} />
      <Facts activity={a} goals={detail.goals} />
      {a.canEdit && (
        <div className={styles.row} style={{ justifyContent: "flex-start" }}>
          <Button aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {t("dlg.form.edit")}
          </Button>
          {detail.canPlan && (a.status === "proposed" || a.status === "planned") && (
            <ConfirmButton
              title={t("dlg.remove")}
              body={t("dlg.remove.confirm", { title: a.title })}
              confirmLabel={t("dlg.remove")}
              onConfirm={async () => {
                await api.call(dialogueActivityRemoveRoute, { params: { id: a.id }, ifMatch: a.etag });
                setRemoved(true);
                refresh();
              }}
            >
              {t("dlg.remove")}
            </ConfirmButton>
          )}
        </div>
      )}
      {editing && (
        <section className={styles.card}>
          <ActivityForm
            key={a.etag}
            api={api}
            settings={settings}
            planYearId={a.planYearId}
            activity={a}
            onSaved={() => setEditing(false)}
          />
        </section>
      )}
      <section className={styles.card} aria-labelledby="results-heading">
        <h2 id="results-heading" className={styles.subheading}>
          {t("dlg.results.title")}
        </h2>
        {detail.results ? <ResultsView results={detail.results} /> : <Text>{t("dlg.results.none")}</Text>}
        {detail.canRecordResults && held && !recording && (
          <div>
            <Button onClick={() => setRecording(true)}>{detail.results ? t("dlg.results.edit") : t("dlg.results.enter")}</Button>
          </div>
        )}
        {recording && (
          <ResultsForm key={detail.resultsEtag} api={api} detail={detail} settings={settings} onSaved={() => setRecording(false)} />
        )}
        {detail.canRecordResults && (held || detail.attachments.length > 0) && <AttachmentsSection api={api} detail={detail} held={held} />}
      </section>
      <section className={styles.card} aria-labelledby="feedback-heading">
        <h2 id="feedback-heading" className={styles.subheading}>
          {t("dlg.feedback.title")}
        </h2>
        {a.feedback ? (
          <>
            <Text>{t("dlg.feedback.given", { date: formatDate(a.feedback.givenOn, language), by: a.feedback.recordedBy })}</Text>
            <Text className={styles.wrap}>{a.feedback.whatWasDone}</Text>
            <Text className={styles.wrap}>{`${t("dlg.feedback.where")}: ${a.feedback.publishedWhere}`}</Text>
          </>
        ) : (
          <>
            {a.feedbackOverdue ? (
              <MessageBar intent="error">
                <MessageBarBody>{t("dlg.feedbackOverdue", { date: formatDate(a.feedbackDueOn, language) })}</MessageBarBody>
              </MessageBar>
            ) : (
              <Text>{t("dlg.feedbackDue", { date: formatDate(a.feedbackDueOn, language) })}</Text>
            )}
            {a.canEdit && (a.status === "completed" || (a.status === "running" && a.endOn <= today)) && (
              <FeedbackForm api={api} activity={a} today={today} />
            )}
          </>
        )}
      </section>
    </div>
  );
}
