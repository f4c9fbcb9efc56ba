import { Button, Field, Select, Spinner, Text } from "@fluentui/react-components";
import { type Overview, overviewGetRoute, overviewGoalsRoute } from "@kvalitetskedjan/domain";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { PeriodField } from "../shared/period-picker.js";
import { useViewStyles } from "../shared/views.styles.js";
import { GoalTable, OverviewLists } from "./overview-lists.js";
import { FulfilmentBars, Scorecard, type Selection } from "./scorecard.js";

/** The heading of the goal list for a selection: the body, and the area or assessment chosen. */
function useSelectionTitle(overview: Overview | null, selection: Selection | null): string {
  const { t } = useI18n();
  if (!overview || !selection) return "";
  const body = overview.rows.find((r) => r.bodyId === selection.bodyId)?.bodyName ?? selection.bodyId;
  if (selection.assessment) return t("overview.selectionAssessment", { body, assessment: t(`assessment.${selection.assessment}`) });
  if (selection.areaId !== undefined) {
    const area = overview.areas.find((a) => a.id === selection.areaId)?.name ?? t("overview.withoutArea");
    return t("overview.selectionArea", { body, area });
  }
  return t("overview.selection", { body });
}

/** The goals behind the chosen cell or count, read when it is opened (a large municipality has thousands). */
function SelectedGoals({ api, overview, selection, label }: { api: ApiClient; overview: Overview; selection: Selection; label: string }) {
  const { t } = useI18n();
  const read = useRead(api, overviewGoalsRoute, {
    query: {
      planYearId: overview.planYearId,
      periodId: overview.period.id,
      bodyId: selection.bodyId,
      ...(selection.assessment ? { assessment: selection.assessment } : {}),
      ...(selection.areaId === null
        ? { withoutArea: "true" as const }
        : selection.areaId !== undefined
          ? { areaId: selection.areaId }
          : {}),
    },
  });
  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
  if (!read.data) return <Spinner size="small" label={t("app.loading")} />;
  return <GoalTable label={label} goals={read.data.goals} />;
}

/** Översikt: where the municipality stands in a plan year's period, and the lists behind every number. */
export function OverviewView({ api }: { api: ApiClient }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [planYearId, setPlanYearId] = useState<string | undefined>(undefined);
  const [periodId, setPeriodId] = useState<string | undefined>(undefined);
  const [selection, setSelection] = useState<Selection | null>(null);
  const read = useRead(api, overviewGetRoute, { query: { planYearId, periodId } }, { keepPrevious: true });
  const overview = read.data ?? null;
  const { error, retry } = failureOf(read);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const title = useSelectionTitle(overview, selection);

  // The list opens where the eye and the keyboard go next.
  useEffect(() => {
    if (selection) listHeading.current?.focus();
  }, [selection]);

  if (error !== null && !overview) return <ErrorMessage error={error} onRetry={retry} />;
  if (!overview) return <Spinner label={t("app.loading")} />;
  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("overview.title")}</h1>
      <Text>{t("overview.intro")}</Text>
      <div className={styles.row} style={{ justifyContent: "flex-start" }}>
        <Field label={t("overview.planYear")}>
          <Select
            value={overview.planYearId}
            onChange={(_, d) => {
              setPlanYearId(d.value);
              setPeriodId(undefined);
              setSelection(null);
            }}
          >
            {overview.planYears.map((y) => (
              <option key={y.id} value={y.id}>
                {y.year}
              </option>
            ))}
          </Select>
        </Field>
        <PeriodField
          periods={overview.periods}
          value={overview.period.id}
          onChange={(id) => {
            setPeriodId(id);
            setSelection(null);
          }}
        />
      </div>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {overview.rows.length === 0 ? (
        <Text>{t("overview.noRows")}</Text>
      ) : (
        <>
          <section aria-labelledby="overview-bars" className={styles.stack}>
            <h2 id="overview-bars" className={styles.subheading}>
              {t("overview.bars")}
            </h2>
            <Text className={styles.muted}>{t("overview.barsHint")}</Text>
            <FulfilmentBars overview={overview} onSelect={setSelection} />
          </section>
          {selection && (
            // Not a landmark of its own: the table below is the region this heading names.
            <div className={styles.stack}>
              <h2 id="overview-selection" ref={listHeading} tabIndex={-1} className={styles.subheading}>
                {title}
              </h2>
              <SelectedGoals api={api} overview={overview} selection={selection} label={title} />
              <div>
                <Button onClick={() => setSelection(null)}>{t("overview.clearSelection")}</Button>
              </div>
            </div>
          )}
          <div className={styles.stack}>
            <h2 id="overview-scorecard" className={styles.subheading}>
              {t("overview.scorecard")}
            </h2>
            <Scorecard overview={overview} onSelect={setSelection} />
          </div>
        </>
      )}
      <OverviewLists overview={overview} />
    </div>
  );
}
