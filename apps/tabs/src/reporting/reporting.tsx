import { Button, Checkbox, Field, Link, MessageBar, MessageBarBody, Select, Spinner, Text, Textarea } from "@fluentui/react-components";
import {
  type Assessment,
  goalsListRoute,
  type Me,
  type PeriodOverview,
  type PlanYear,
  periodLockRoute,
  periodRemindRoute,
  periodStatusGetRoute,
  planYearsListRoute,
  type RemindResult,
  type RollupRow,
  type RollupView,
  rollupDecideRoute,
  rollupGetRoute,
} from "@kvalitetskedjan/domain";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { reportHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { ConfirmButton } from "../shared/confirm-button.js";
import { ErrorMessage, fieldError } from "../shared/error-message.js";
import { formatDate, periodName } from "../shared/period-name.js";
import { latestAssessedPeriod, PlanYearField } from "../shared/plan-year-field.js";
import { AssessmentText, ReportStatusText } from "../shared/status.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";

const extras = () => import("../followup/follow-up-extras.js");
const CostPanel = lazy(() => extras().then((m) => ({ default: m.CostPanel })));
const WordReport = lazy(() => extras().then((m) => ({ default: m.WordReport })));
const BenchmarkAndOpenData = lazy(() => extras().then((m) => ({ default: m.BenchmarkAndOpenData })));

import { useViewStyles } from "../shared/views.styles.js";

/** The period to open on: where goals were last assessed, else the first. */
const currentPeriod = (year: PlanYear): string | null => latestAssessedPeriod(year) ?? year.periods[0]?.id ?? null;

/** The quality network's view of a period: who has reported, reminders, locking, and the roll-up to the council's goals. */
export function ReportingView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const [years, setYears] = useState<PlanYear[] | null>(null);
  const [yearId, setYearId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [overview, setOverview] = useState<PeriodOverview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const isAdmin = me.responsibilities.some((r) => r.role === "administrator" && r.scopeKind === "municipality");

  const loadYears = useCallback(() => {
    api
      .read(planYearsListRoute)
      .then((r) => {
        setYears(r.planYears);
        const first = r.planYears.find((y) => y.periods.length > 0) ?? r.planYears[0];
        setYearId((current) => current ?? first?.id ?? null);
        setPeriodId((current) => current ?? (first ? currentPeriod(first) : null));
      })
      .catch(setError);
  }, [api]);
  useEffect(loadYears, [loadYears]);

  const load = useCallback(() => {
    if (!yearId || !periodId) return;
    setError(null);
    api
      .read(periodStatusGetRoute, { params: { id: yearId, periodId } })
      .then(setOverview)
      .catch(setError);
  }, [api, yearId, periodId]);
  useEffect(load, [load]);

  const year = years?.find((y) => y.id === yearId) ?? null;
  const period = year?.periods.find((p) => p.id === periodId) ?? null;
  // The overview on screen is the chosen period's; while another loads, a spinner shows.
  const shown = overview !== null && overview.planYearId === year?.id && overview.period.id === period?.id;

  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("reporting.title")}</h1>
      <Text>{t("reporting.intro")}</Text>
      {error !== null && <ErrorMessage error={error} onRetry={load} />}
      {years === null && error === null && <Spinner label={t("app.loading")} />}
      {years && year && (
        <div className={styles.row}>
          <PlanYearField
            years={years}
            value={year.id}
            onChange={(y) => {
              setYearId(y?.id ?? null);
              setPeriodId(y ? currentPeriod(y) : null);
            }}
          />
          <Field label={t("reporting.period")}>
            <Select value={periodId ?? ""} onChange={(_, d) => setPeriodId(d.value)}>
              {year.periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {periodName(p, language)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      {year && period && shown && (
        <>
          <StatusList api={api} year={year} overview={overview} isAdmin={isAdmin} onChanged={load} />
          {isAdmin && (
            <LockControl
              api={api}
              year={year}
              periodId={period.id}
              onChanged={() => {
                loadYears();
                load();
              }}
            />
          )}
          {period.kind !== "month" && <Rollup api={api} year={year} periodId={period.id} isAdmin={isAdmin} />}
          {/* Below the fold: loaded after the overview, so the screen's first paint does not wait for it. */}
          <Suspense fallback={<Spinner label={t("app.loading")} />}>
            <CostPanel api={api} year={year} periodId={period.id} />
            {period.kind !== "month" && (
              <WordReport
                api={api}
                year={year}
                periodId={period.id}
                owners={overview.rows.map((r) => ({ id: r.ownerScopeId, name: r.ownerName }))}
              />
            )}
            <BenchmarkAndOpenData api={api} me={me} year={year} isAdmin={isAdmin} />
          </Suspense>
        </>
      )}
      {year && period && !shown && error === null && <Spinner label={t("app.loading")} />}
    </div>
  );
}

function StatusList({
  api,
  year,
  overview,
  isAdmin,
  onChanged,
}: {
  api: ApiClient;
  year: PlanYear;
  overview: PeriodOverview;
  isAdmin: boolean;
  onChanged: () => void;
}) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<RemindResult | null>(null);
  const { busy, error, run } = useAction();
  const unreported = overview.rows.filter((r) => r.status === "notStarted" || r.status === "draft");
  const reported = overview.rows.length - unreported.length;
  const locked = overview.period.lockedAt !== null;

  const remind = () =>
    run(async () => {
      setResult(null);
      const res = await api.call(periodRemindRoute, {
        params: { id: year.id, periodId: overview.period.id },
        body: { ownerScopeIds: [...selected] },
      });
      setResult(res.data);
      setSelected(new Set());
      onChanged();
    });

  return (
    <section className={styles.stack} aria-labelledby="status-heading">
      <h2 id="status-heading" className={styles.subheading}>
        {periodName(overview.period, language)}
      </h2>
      <Text>
        {t("report.deadline", { date: formatDate(overview.period.deadline, language) })} ·{" "}
        {t("reporting.summary", { reported: String(reported), total: String(overview.rows.length) })}
      </Text>
      {locked && (
        <MessageBar intent="info">
          <MessageBarBody>{t("reporting.lockedNote", { date: formatDate(overview.period.lockedAt ?? "", language) })}</MessageBarBody>
        </MessageBar>
      )}
      {overview.rows.length === 0 && <Text>{t("reporting.nobodyAsked")}</Text>}
      <ul className={styles.list} aria-label={t("reporting.status")}>
        {overview.rows.map((row) => {
          const open = row.status === "notStarted" || row.status === "draft";
          return (
            <li key={row.ownerScopeId} className={styles.card}>
              <div className={styles.row}>
                <Link
                  className={styles.wrap}
                  href={reportHash({ planYearId: year.id, periodId: overview.period.id, ownerScopeId: row.ownerScopeId })}
                >
                  {row.ownerName}
                </Link>
                <ReportStatusText status={row.status} overdue={row.overdue} />
              </div>
              <Text size={200} className={styles.wrap}>
                {`${t("reporting.recipients")}: ${row.recipients.length ? row.recipients.map((r) => r.name).join(", ") : t("reporting.noRecipient")}`}
              </Text>
              <Text size={200}>
                {row.remindedOn ? `${t("reporting.reminded")}: ${formatDate(row.remindedOn, language)}` : t("reporting.notReminded")}
              </Text>
              {isAdmin && open && !locked && row.recipients.length > 0 && (
                <Checkbox
                  label={t("reporting.select", { owner: row.ownerName })}
                  checked={selected.has(row.ownerScopeId)}
                  onChange={(_, d) => {
                    const next = new Set(selected);
                    if (d.checked) next.add(row.ownerScopeId);
                    else next.delete(row.ownerScopeId);
                    setSelected(next);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      {isAdmin && !locked && unreported.length > 0 && (
        <div className={styles.row}>
          <Button
            onClick={() => setSelected(new Set(unreported.filter((r) => r.recipients.length > 0).map((r) => r.ownerScopeId)))}
            disabled={busy}
          >
            {t("reporting.remindAll")}
          </Button>
          <Button appearance="primary" onClick={() => void remind()} disabled={busy || selected.size === 0}>
            {t("reporting.remind")}
          </Button>
        </div>
      )}
      <SuccessNotice message={result && tp("reporting.remindResult", result.sent, { already: String(result.alreadyRemindedToday) })} />
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}

function LockControl({ api, year, periodId, onChanged }: { api: ApiClient; year: PlanYear; periodId: string; onChanged: () => void }) {
  const { t } = useI18n();
  const { busy, error, run } = useAction();
  const locked = year.periods.find((p) => p.id === periodId)?.lockedAt !== null;
  const toggle = () =>
    run(async () => {
      await api.call(periodLockRoute, { params: { id: year.id, periodId }, body: { locked: !locked }, ifMatch: year.etag });
      onChanged();
    });
  return (
    <div>
      {locked ? (
        <Button onClick={() => void toggle()} disabled={busy}>
          {t("reporting.unlock")}
        </Button>
      ) : (
        <ConfirmButton
          disabled={busy}
          title={t("reporting.lockTitle")}
          body={t("reporting.lockBody")}
          confirmLabel={t("reporting.lock")}
          onConfirm={() => toggle()}
        >
          {t("reporting.lock")}
        </ConfirmButton>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}

function Rollup({ api, year, periodId, isAdmin }: { api: ApiClient; year: PlanYear; periodId: string; isAdmin: boolean }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const [view, setView] = useState<RollupView | null>(null);
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    setError(null);
    Promise.all([api.read(rollupGetRoute, { params: { id: year.id, periodId } }), api.read(goalsListRoute, { params: { id: year.id } })])
      .then(([r, g]) => {
        setView(r);
        setTitles(new Map(g.goals.map((x) => [x.id, x.title])));
      })
      .catch(setError);
  }, [api, year.id, periodId]);
  useEffect(load, [load]);

  if (error !== null) return <ErrorMessage error={error} onRetry={load} />;
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

function RollupCard({
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
