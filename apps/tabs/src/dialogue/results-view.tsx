import { Link, Spinner, Text } from "@fluentui/react-components";
import type { PublishedBreakdown, PublishedCell, PublishedQuestion, PublishedResults } from "@kvalitetskedjan/domain";
import { lazy, Suspense, useId } from "react";
import { type Translate, useI18n } from "../i18n/i18n.js";
import { goalHash } from "../route.js";
import { DataTable } from "../shared/data-table.js";
import { formatNumber } from "../shared/period-name.js";
import { useViewStyles } from "../shared/views.styles.js";

const ResultsChart = lazy(() => import("./results-chart.js"));

/** A published cell as a reader sees it: the number, "fewer than 5" or "hidden". */
export function cellText(cell: PublishedCell, t: Translate): string {
  return cell.kind === "shown" ? String(cell.value) : t(cell.kind === "fewerThan5" ? "dlg.results.fewerThan5" : "dlg.results.hidden");
}

const percent = (share: number | null, language: string) =>
  share === null
    ? "–"
    : new Intl.NumberFormat(language === "sv" ? "sv-SE" : "en-GB", { style: "percent", maximumFractionDigits: 0 }).format(share);

/** The name of a breakdown's group: genders and "not recorded" by key, the municipality's own groups by name. */
function useGroupName() {
  const { t } = useI18n();
  return (dimension: string, key: string, name: string) =>
    key === "notRecorded"
      ? t("dlg.results.notRecorded")
      : dimension === "gender"
        ? t(`dlg.gender.${key as "woman" | "man" | "other" | "notStated"}`)
        : name;
}

function BreakdownTable({
  breakdown,
  representativeness,
  scope,
}: {
  breakdown: PublishedBreakdown;
  representativeness: boolean;
  scope?: string | undefined;
}) {
  const { t, language } = useI18n();
  const groupName = useGroupName();
  const label = t(`dlg.results.dimension.${breakdown.dimension}`);
  if (breakdown.withheld) return <Text>{`${label}: ${t("dlg.results.withheld")}`}</Text>;
  return (
    <DataTable
      label={`${t("dlg.results.participants")}: ${label}${scope ? ` (${scope})` : ""}`}
      columns={[label, t("dlg.results.count"), t("dlg.results.share"), ...(representativeness ? [t("dlg.results.populationShare")] : [])]}
      rows={breakdown.groups.map((g) => ({
        key: g.key,
        cells: [
          groupName(breakdown.dimension, g.key, g.name),
          cellText(g.cell, t),
          percent(g.share, language),
          ...(representativeness ? [percent(g.populationShare, language)] : []),
        ],
      }))}
    />
  );
}

function QuestionResults({ question }: { question: PublishedQuestion }) {
  const styles = useViewStyles();
  const headingId = useId();
  const { t, language } = useI18n();
  const groupName = useGroupName();
  const shown = question.distribution.flatMap((d) => (d.cell.kind === "shown" ? [{ value: d.value, count: d.cell.value }] : []));
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.subheading}>
        {question.text}
      </h4>
      <Text>
        {question.respondents === null
          ? t("dlg.results.respondentsFew")
          : t("dlg.results.respondents", { count: String(question.respondents) })}
        {question.mean !== null ? ` · ${t("dlg.results.mean", { mean: formatNumber(question.mean, language) })}` : ""}
      </Text>
      {question.withheld ? (
        <Text>{t("dlg.results.withheld")}</Text>
      ) : (
        <>
          {shown.length > 0 && (
            <Suspense fallback={<Spinner size="tiny" aria-label={t("app.loading")} />}>
              <ResultsChart
                bars={shown}
                title={t("dlg.results.chart", { question: question.text })}
                label={(value, count) => `${t("dlg.results.answer")} ${value}: ${count}`}
              />
            </Suspense>
          )}
          <DataTable
            label={t("dlg.results.chart", { question: question.text })}
            columns={[t("dlg.results.answer"), t("dlg.results.count")]}
            rows={question.distribution.map((d) => ({ key: String(d.value), cells: [String(d.value), cellText(d.cell, t)] }))}
          />
        </>
      )}
      {question.byGroup.length > 0 && (
        <DataTable
          label={`${t("dlg.results.byGroup")}: ${question.text}`}
          columns={[t("dlg.results.group"), t("dlg.results.count"), t("dlg.results.byGroup")]}
          rows={question.byGroup.map((g) => ({
            key: `${g.dimension}.${g.groupKey}`,
            cells: [
              groupName(g.dimension, g.groupKey, g.groupName),
              cellText(g.respondents, t),
              g.mean === null ? "–" : formatNumber(g.mean, language),
            ],
          }))}
        />
      )}
    </section>
  );
}

/** An activity's results as published: every small group "fewer than 5", with a complementary one hidden. */
export function ResultsView({
  results,
  linkGoals = true,
  scope,
}: {
  results: PublishedResults;
  linkGoals?: boolean;
  /** The activity's title, where several activities' results share a page (their tables are named apart). */
  scope?: string;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  return (
    <div className={styles.stack}>
      <Text weight="semibold">
        {results.participants === null
          ? `${t("dlg.results.participants")}: ${t("dlg.results.fewerThan5")}`
          : t("dlg.results.participantsCount", { count: String(results.participants) })}
      </Text>
      <Text size={200} className={styles.muted}>
        {t("dlg.results.hiddenNote")}
      </Text>
      {results.breakdowns.map((b) => (
        <BreakdownTable key={b.dimension} breakdown={b} representativeness={results.representativeness} scope={scope} />
      ))}
      {results.questions.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t("dlg.results.questions")}</h3>
          {results.questions.map((q) => (
            <QuestionResults key={q.text} question={q} />
          ))}
        </>
      )}
      {results.summary && (
        <>
          <h3 className={styles.subheading}>{t("dlg.results.summary")}</h3>
          <Text className={styles.wrap}>{results.summary}</Text>
        </>
      )}
      {results.themes.length > 0 && <Text>{`${t("dlg.results.themes")}: ${results.themes.join(", ")}`}</Text>}
      {results.links.goals.length + results.links.decisions.length + results.links.indicators.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t("dlg.results.links")}</h3>
          <ul className={styles.list}>
            {results.links.goals.map((g) => (
              <li key={g.id}>{linkGoals ? <Link href={goalHash(g.id)}>{g.title}</Link> : g.title}</li>
            ))}
            {results.links.indicators.map((i) => (
              <li key={i.id}>{i.title}</li>
            ))}
            {results.links.decisions.map((d) => (
              <li key={d.key}>{d.name}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
