import { Spinner, Text } from "@fluentui/react-components";
import { type Me, periodStatusGetRoute, planYearsListRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useInvalidate, useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { PeriodPicker, usePlanYearAndPeriod } from "../shared/period-picker.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useViewStyles } from "../shared/views.styles.js";
import { CalendarEditor } from "./calendar-editor.js";
import { Rollup } from "./rollup.js";
import { LockControl, StatusList } from "./status-list.js";
import { usePeriodStatus } from "./use-period-status.js";

/** The quality network's view of a period: who has reported, reminders, locking, and the roll-up to the council's goals. */
export function ReportingView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const yearsRead = useRead(api, planYearsListRoute);
  const years = yearsRead.data?.planYears ?? null;
  const choice = usePlanYearAndPeriod(years);
  const { year, period } = choice;
  const invalidate = useInvalidate();
  const [notice, setNotice] = useState<string | null>(null);
  const isAdmin = me.allowed.administerMunicipality;

  const overviewRead = usePeriodStatus(api, choice);
  const overview = overviewRead.data ?? null;
  const { error, retry } = failureOf(yearsRead, overviewRead);

  // The overview on screen is the chosen period's; while another loads, a spinner shows.
  const shown = overview !== null && overview.planYearId === year?.id && overview.period.id === period?.id;

  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("reporting.title")}</h1>
      <Text>{t("reporting.intro")}</Text>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      <SuccessNotice message={notice} />
      {years === null && error === null && <Spinner label={t("app.loading")} />}
      {years && <PeriodPicker years={years} choice={choice} />}
      {year && period && shown && (
        <>
          <StatusList api={api} year={year} overview={overview} isAdmin={isAdmin} onChanged={() => void invalidate(periodStatusGetRoute)} />
          {isAdmin && (
            <LockControl
              api={api}
              year={year}
              periodId={period.id}
              onChanged={() => {
                void invalidate(planYearsListRoute, periodStatusGetRoute);
              }}
            />
          )}
          {period.kind !== "month" && <Rollup api={api} year={year} periodId={period.id} isAdmin={isAdmin} />}
          {isAdmin && (
            <section className={styles.card}>
              <CalendarEditor
                key={`${year.id}.${year.etag}`}
                api={api}
                year={year}
                onSaved={() => {
                  setNotice(t("calendar.saved"));
                  void invalidate(planYearsListRoute);
                }}
              />
            </section>
          )}
        </>
      )}
      {year && period && !shown && error === null && <Spinner label={t("app.loading")} />}
    </div>
  );
}
