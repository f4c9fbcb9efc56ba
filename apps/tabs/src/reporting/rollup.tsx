import { Button, Field, Select, Spinner, Text, Textarea } from "@fluentui/react-components";
import { type Assessment, goalsListRoute, type PlanYear, type RollupRow, rollupDecideRoute, rollupGetRoute } from "@kvalitetskedjan/domain";
import { useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ErrorMessage, fieldError } from "../shared/error-message.js";
import { formatDate } from "../shared/period-name.js";
import { AssessmentText } from "../shared/status.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";

export function Rollup({ api, year, periodId, isAdmin }: { api: ApiClient; year: PlanYear; periodId: string; isAdmin: boolean }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const rollup = useRead(api, rollupGetRoute, { params: { id: year.id, periodId } });
  const goals = useRead(api, goalsListRoute, { params: { id: year.id } });
  const titles = useMemo(() => new Map((goals.data?.goals ?? []).map((x) => [x.id, x.title])), [goals.data]);
  const view = goals.data ? (rollup.data ?? null) : null;
  const { error, retry } = failureOf(rollup, goals);

  if (error !== null) return <ErrorMessage error={error} onRetry={retry} />;
  if (!view) return <Spinner label={t("app.loading")} />;
  return (
    <section className={styles.stack} aria-labelledby="rollup-heading">
      <h2 id="rollup-heading" className={styles.subheading}>
        {t("rollup.title")}
      </h2>
      <Text size={200} className={styles.wrap}>{`${t("rollup.rule")}: ${language === "en" ? view.rule.en : view.rule.sv}`}</Text>
      <ul className={styles.list}>
        {view.rows.map((row) => (
          <li key={row.goalId}>
            <RollupCard
              api={api}
              row={row}
              periodId={periodId}
              title={titles.get(row.goalId) ?? row.goalId}
              titles={titles}
              isAdmin={isAdmin && view.period.lockedAt === null}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RollupCard({
  api,
  row: initial,
  periodId,
  title,
  titles,
  isAdmin,
}: {
  api: ApiClient;
  row: RollupRow;
  periodId: string;
  title: string;
  titles: ReadonlyMap<string, string>;
  isAdmin: boolean;
}) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const [row, setRow] = useState(initial);
  const [assessment, setAssessment] = useState<Assessment>(initial.decision?.assessment ?? initial.suggested);
  const [justification, setJustification] = useState(initial.decision?.justification ?? "");
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction();

  const decide = () =>
    run(async () => {
      setSaved(false);
      const res = await api.call(rollupDecideRoute, {
        params: { id: row.goalId, periodId },
        body: { assessment, justification: justification.trim() },
        ifMatch: row.etag,
      });
      setRow(res.data);
      setSaved(true);
    });
  const justificationError = fieldError(error, "body.justification", t);

  return (
    <article className={styles.card} aria-label={title}>
      <Text weight="semibold" className={styles.wrap}>
        {title}
      </Text>
      <AssessmentText value={row.suggested} prefix={(v) => t("rollup.suggested", { value: v })} />
      <Text size={200}>{t("rollup.inputs")}:</Text>
      {row.inputs.length === 0 ? (
        <Text size={200}>{t("rollup.noInputs")}</Text>
      ) : (
        <ul className={styles.treeList}>
          {row.inputs.map((i) => (
            <li key={i.goalId}>
              <AssessmentText
                value={i.assessment}
                prefix={(v) => `${titles.get(i.goalId) ?? i.goalId}: ${v} (${t(`rollup.source.${i.source}`)})`}
              />
            </li>
          ))}
        </ul>
      )}
      {row.decision && (
        <>
          <AssessmentText value={row.decision.assessment} prefix={(v) => t("rollup.decision", { value: v })} />
          {row.decision.justification && (
            <Text size={200} className={styles.wrap}>
              {t("rollup.decidedJustification", { text: row.decision.justification })}
            </Text>
          )}
          <Text size={200}>{formatDate(row.decision.decidedAt, language)}</Text>
        </>
      )}
      {isAdmin && (
        <div className={styles.form}>
          <Field label={t("rollup.assessmentField", { title })}>
            <Select value={assessment} onChange={(_, d) => setAssessment(d.value as Assessment)}>
              {(["fulfilled", "partlyFulfilled", "notFulfilled", "notAssessed"] as const).map((a) => (
                <option key={a} value={a}>
                  {t(`assessment.${a}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t("rollup.justification")}
            validationState={justificationError ? "error" : "none"}
            validationMessage={justificationError ?? null}
          >
            <Textarea value={justification} maxLength={2000} onChange={(_, d) => setJustification(d.value)} />
          </Field>
          <div>
            <Button onClick={() => void decide()} disabled={busy}>
              {t("rollup.decide")}
            </Button>
          </div>
          <div aria-live="polite">{saved && <Text>{t("rollup.decided")}</Text>}</div>
          {error !== null && !justificationError && <ErrorMessage error={error} />}
        </div>
      )}
    </article>
  );
}
