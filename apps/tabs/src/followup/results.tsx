import { Field, Select, Spinner, Text } from "@fluentui/react-components";
import { type Me, type PlanYear, periodStatusGetRoute, planYearsListRoute } from "@kvalitetskedjan/domain";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { periodName } from "../shared/period-name.js";
import { latestAssessedPeriod, PlanYearField } from "../shared/plan-year-field.js";
import { useViewStyles } from "../shared/views.styles.js";
import { BenchmarkAndOpenData } from "./benchmark-open-data.js";
import { CostPanel } from "./cost-panel.js";
import { WordReport } from "./word-report.js";

const currentPeriod = (year: PlanYear): string | null => latestAssessedPeriod(year) ?? year.periods[0]?.id ?? null;

/**
 * Resultat: what a period's follow-up produces beside the reports — cost beside quality, the
 * goal section in Word, the open data and Kolada's benchmarks. Its settings are under
 * Administration; reporting itself stays on Uppföljning.
 */
export function ResultsView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const yearsRead = useRead(api, planYearsListRoute);
  const years = yearsRead.data?.planYears ?? null;
  const [yearId, setYearId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const isAdmin = me.allowed.administerMunicipality;

  // The first plan year with a calendar, and its latest assessed period, until the person chooses.
  useEffect(() => {
    if (!years) return;
    const first = years.find((y) => y.periods.length > 0) ?? years[0];
    setYearId((current) => current ?? first?.id ?? null);
    setPeriodId((current) => current ?? (first ? currentPeriod(first) : null));
  }, [years]);

  const year = years?.find((y) => y.id === yearId) ?? null;
  const period = year?.periods.find((p) => p.id === periodId) ?? null;
  // The Word report is offered for the owners the period expects a report from.
  const statusRead = useRead(
    api,
    periodStatusGetRoute,
    { params: { id: yearId ?? "", periodId: periodId ?? "" } },
    { enabled: yearId !== null && periodId !== null },
  );
  const { error, retry } = failureOf(yearsRead, statusRead);

  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("results.title")}</h1>
      <Text>{t("results.intro")}</Text>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {years === null && error === null && <Spinner label={t("app.loading")} />}
      {years && year && (
        <div className={styles.row} style={{ justifyContent: "flex-start" }}>
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
      {year && period && (
        <>
          <CostPanel key={`${year.id}.${period.id}`} api={api} year={year} periodId={period.id} />
          {period.kind !== "month" && statusRead.data && (
            <WordReport
              api={api}
              year={year}
              periodId={period.id}
              owners={statusRead.data.rows.map((r) => ({ id: r.ownerScopeId, name: r.ownerName }))}
            />
          )}
          <BenchmarkAndOpenData api={api} me={me} year={year} isAdmin={isAdmin} />
        </>
      )}
    </div>
  );
}
