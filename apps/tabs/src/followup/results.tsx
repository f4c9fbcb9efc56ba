import { Spinner, Text } from "@fluentui/react-components";
import { type Me, planYearsListRoute } from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import { usePeriodStatus } from "../reporting/use-period-status.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { PeriodPicker, usePlanYearAndPeriod } from "../shared/period-picker.js";
import { useViewStyles } from "../shared/views.styles.js";
import { BenchmarkAndOpenData } from "./benchmark-open-data.js";
import { CostPanel } from "./cost-panel.js";
import { WordReport } from "./word-report.js";

/**
 * Resultat: what a period's follow-up produces beside the reports — cost beside quality, the
 * goal section in Word, the open data and Kolada's benchmarks. Its settings are under
 * Administration; reporting itself stays on Uppföljning.
 */
export function ResultsView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const yearsRead = useRead(api, planYearsListRoute);
  const years = yearsRead.data?.planYears ?? null;
  const choice = usePlanYearAndPeriod(years);
  const { year, period } = choice;
  const isAdmin = me.allowed.administerMunicipality;

  // The Word report is offered for the owners the period expects a report from.
  const statusRead = usePeriodStatus(api, choice);
  const { error, retry } = failureOf(yearsRead, statusRead);

  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("results.title")}</h1>
      <Text>{t("results.intro")}</Text>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {years === null && error === null && <Spinner label={t("app.loading")} />}
      {years && <PeriodPicker years={years} choice={choice} />}
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
