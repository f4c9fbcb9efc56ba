import { Link, Spinner, Text } from "@fluentui/react-components";
import { type DialogueSettings, type DialogueTrace, dialogueTraceGetRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { dialogueActivityHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate } from "../shared/period-name.js";
import { useViewStyles } from "../shared/views.styles.js";
import { ActivityStatusText, LadderStepText } from "./activity-status.js";

/** Traced activities as cards: what was asked, how many took part, what was heard and what was fed back. */
export function TracedActivities({ trace, headingLevel = 3 }: { trace: DialogueTrace; headingLevel?: 3 | 4 }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ul className={styles.list}>
      {trace.activities.map((a) => (
        <li key={a.id} className={styles.card}>
          <Heading className={styles.subheading}>
            <Link href={dialogueActivityHash(a.id)}>{a.title}</Link>
          </Heading>
          <Text size={200} className={styles.muted}>
            {t("dlg.period", { start: formatDate(a.startOn, language), end: formatDate(a.endOn, language) })} · {a.responsibleUnitName} ·{" "}
            {t(`dlg.trace.via.${a.via}`)}
          </Text>
          <div className={styles.row} style={{ justifyContent: "flex-start" }}>
            <LadderStepText step={a.ladderStep} />
            <ActivityStatusText activity={{ status: a.status, feedbackOverdue: false, feedbackDueOn: a.endOn }} />
            {a.participants !== null && <Text size={200}>{t("dlg.trace.participants", { count: String(a.participants) })}</Text>}
          </div>
          {a.summary && <Text className={styles.wrap}>{a.summary}</Text>}
          {a.themes.length > 0 && <Text size={200}>{`${t("dlg.results.themes")}: ${a.themes.join(", ")}`}</Text>}
          <Text className={styles.wrap}>
            {a.feedback
              ? t("dlg.trace.feedback", { date: formatDate(a.feedback.givenOn, language), what: a.feedback.whatWasDone })
              : t("dlg.trace.noFeedback")}
          </Text>
        </li>
      ))}
    </ul>
  );
}

/** From dialogue to decision: choose a decision the municipality lists, see the dialogues behind it. */
export function Trace({ api, settings }: { api: ApiClient; settings: DialogueSettings }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [decisionKey, setDecisionKey] = useState(settings.decisions[0]?.key ?? "");
  const read = useRead(api, dialogueTraceGetRoute, { query: { decisionKey } }, { enabled: decisionKey !== "", keepPrevious: true });
  const { error, retry } = failureOf(read);
  if (settings.decisions.length === 0) return <Text>{t("dlg.trace.noDecisions")}</Text>;
  return (
    <section className={styles.stack} aria-labelledby="trace-heading">
      <h2 id="trace-heading" className={styles.subheading}>
        {t("dlg.part.trace")}
      </h2>
      <Text>{t("dlg.trace.intro")}</Text>
      <ChoiceField
        label={t("dlg.trace.decision")}
        value={decisionKey}
        choices={settings.decisions.map((d) => ({ id: d.key, name: d.name }))}
        onChange={setDecisionKey}
      />
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {!read.data && error === null && <Spinner size="small" label={t("app.loading")} />}
      {read.data && (read.data.activities.length === 0 ? <Text>{t("dlg.trace.none")}</Text> : <TracedActivities trace={read.data} />)}
    </section>
  );
}
