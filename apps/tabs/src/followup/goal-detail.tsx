import { Link, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { goalDetailGetRoute, type IndicatorTrend } from "@kvalitetskedjan/domain";
import { lazy, Suspense, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate, formatNumber, periodName } from "../shared/period-name.js";
import { AssessmentText, IndicatorStatusText, ReportStatusText } from "../shared/status.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useViewStyles } from "../shared/views.styles.js";
import type { SeriesKey } from "./indicator-trend-chart.js";

/** The chart library is loaded with the first chart, not with the app. */
// The editors' forms (with the Kolada picker's combobox) load only for those who may edit.
const GoalEditing = lazy(() => import("./goal-editing.js"));
const IndicatorTrendChart = lazy(() => import("./indicator-trend-chart.js"));
/** Internal control's risks threatening the goal, loaded with the goal. */
const GoalRisksPanel = lazy(() => import("../internal-control/goal-risks-panel.js").then((m) => ({ default: m.GoalRisksPanel })));
/** The dialogues behind the goal, loaded with the goal. */
const GoalDialoguesPanel = lazy(() => import("../dialogue/goal-dialogues-panel.js").then((m) => ({ default: m.GoalDialoguesPanel })));

/** A goal in detail: its assessments over the year and each indicator's trend across plan years. */
export function GoalDetailView({ api, goalId }: { api: ApiClient; goalId: string }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const read = useRead(api, goalDetailGetRoute, { params: { id: goalId } });
  const detail = read.data;
  const [notice, setNotice] = useState<string | null>(null);

  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
  if (!detail) return <Spinner label={t("app.loading")} />;
  const level = detail.level ? ((language === "en" ? detail.level.en : undefined) ?? detail.level.sv) : null;
  return (
    <div className={styles.stack}>
      <Link href="#/goals">{t("detail.back")}</Link>
      {level && <Text className={styles.muted}>{`${level} · ${detail.planYear.year}`}</Text>}
      <h1 className={`${styles.heading} ${styles.wrap}`}>{detail.goal.title}</h1>
      <Text>{t("goals.owner", { owner: detail.owner.name })}</Text>
      {detail.parents.length > 0 && (
        <Text className={styles.wrap}>{`${t("goals.breaksDown")}: ${detail.parents.map((p) => p.title).join("; ")}`}</Text>
      )}
      {detail.goal.description && <Text className={styles.wrap}>{detail.goal.description}</Text>}
      {detail.goal.retired && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t("goals.retired", { date: formatDate(detail.goal.retired.at.slice(0, 10), language), note: detail.goal.retired.note })}
          </MessageBarBody>
        </MessageBar>
      )}
      <SuccessNotice message={notice} />

      <section className={styles.stack} aria-labelledby="assessments-heading">
        <h2 id="assessments-heading" className={styles.subheading}>
          {t("detail.assessments")}
        </h2>
        {detail.assessments.length === 0 && <Text>{t("detail.noAssessments")}</Text>}
        <ul className={styles.list}>
          {detail.assessments.map((a) => (
            <li key={a.periodId} className={styles.card}>
              <div className={styles.row}>
                <Text weight="semibold">{periodName({ kind: a.periodKind, endsOn: a.endsOn }, language)}</Text>
                <ReportStatusText status={a.reportStatus} />
              </div>
              <AssessmentText value={a.assessment} />
              {a.analysis && <Text className={styles.wrap}>{a.analysis}</Text>}
            </li>
          ))}
        </ul>
      </section>

      <Suspense fallback={null}>
        <GoalRisksPanel api={api} goalId={goalId} />
      </Suspense>
      <Suspense fallback={null}>
        <GoalDialoguesPanel api={api} goalId={goalId} />
      </Suspense>

      {detail.indicators.length === 0 && <Text>{t("detail.noIndicators")}</Text>}
      {detail.indicators.map((trend) => (
        <IndicatorSection key={trend.indicator.id} trend={trend} />
      ))}
      {detail.canEdit && !detail.goal.retired && (
        <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
          <GoalEditing api={api} detail={detail} onNotice={setNotice} />
        </Suspense>
      )}
    </div>
  );
}

function IndicatorSection({ trend }: { trend: IndicatorTrend }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const { indicator, points, targets, benchmark } = trend;
  const series: SeriesKey[] = indicator.splitByGender ? ["total", "women", "men"] : ["total"];
  const number = (v: number | null) => formatNumber(v, language);
  const headingId = `indicator-${indicator.id}`;
  const latest = points.at(-1);
  const summary = t("detail.chartSummary", {
    title: indicator.title,
    count: String(points.length),
    first: points[0] ? String(points[0].year) : "–",
    last: latest ? `${number(latest.total)} ${indicator.unit} (${latest.year})` : "–",
    target: number(indicator.target),
  });
  const chartLabels = useMemo(
    () => ({
      title: summary,
      legend: t("detail.legend"),
      line: (legend: string, count: string) => t("detail.chartLine", { legend, count }),
      total: t("detail.total"),
      women: t("detail.women"),
      men: t("detail.men"),
      target: t("detail.target"),
      median: t("detail.median"),
    }),
    [summary, t],
  );
  return (
    // An article, not a landmark: two indicators may share a title, and landmarks must be told apart.
    <article className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId} className={`${styles.subheading} ${styles.wrap}`}>
        {t("goals.indicator", { title: indicator.title, unit: indicator.unit })}
      </h2>
      <div className={styles.row}>
        <Text size={200}>{t(indicator.direction === "higherIsBetter" ? "goals.higherIsBetter" : "goals.lowerIsBetter")}</Text>
        <IndicatorStatusText status={trend.status} />
      </div>
      {points.length === 0 ? (
        <Text>{t("detail.noValues")}</Text>
      ) : (
        <>
          <Suspense fallback={<Spinner size="small" label={t("detail.chartLoading")} />}>
            <IndicatorTrendChart
              points={points}
              targets={targets}
              median={benchmark?.years ?? []}
              series={series}
              labels={chartLabels}
              periodOf={(p) => periodName({ kind: p.periodKind, endsOn: p.endsOn }, language)}
              culture={language === "sv" ? "sv-SE" : "en-GB"}
              formatValue={number}
            />
          </Suspense>
          <DataTable
            label={t("detail.valuesTable", { title: indicator.title })}
            columns={[
              t("reporting.period"),
              t("detail.total"),
              ...(indicator.splitByGender ? [t("detail.women"), t("detail.men")] : []),
              t("detail.target"),
              t("reporting.status"),
            ]}
            rows={points.map((p) => ({
              key: `${p.planYearId}-${p.periodId}`,
              cells: [
                periodName({ kind: p.periodKind, endsOn: p.endsOn }, language),
                number(p.total),
                ...(indicator.splitByGender ? [number(p.women), number(p.men)] : []),
                number(targets.find((x) => x.year === p.year)?.target ?? null),
                <ReportStatusText key="status" status={p.reportStatus} />,
              ],
            }))}
          />
        </>
      )}
      {benchmark && (
        <>
          <h3 className={styles.subheading}>{t("detail.benchmark", { group: benchmark.groupName, kpi: benchmark.kpiId })}</h3>
          <DataTable
            label={t("detail.benchmarkTable", { group: benchmark.groupName, kpi: benchmark.kpiId, title: indicator.title })}
            columns={[t("detail.year"), t("detail.own"), t("detail.median"), t("detail.rank")]}
            rows={benchmark.years.map((y) => ({
              key: String(y.year),
              cells: [
                y.year,
                number(y.own),
                number(y.median),
                y.rank === null ? "–" : t("detail.rankOf", { rank: String(y.rank), of: String(y.of) }),
              ],
            }))}
          />
          <Text size={200} className={styles.muted}>
            {t("detail.benchmarkRule")}
          </Text>
        </>
      )}
      {indicator.source.kind === "kolada" && (
        <Text size={200} className={styles.muted}>
          {t("detail.source", { kpi: indicator.source.kpiId })}
        </Text>
      )}
    </article>
  );
}
