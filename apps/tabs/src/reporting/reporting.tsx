import { Field, Select, Spinner, Text } from "@fluentui/react-components";
import { type Me, type PlanYear, periodStatusGetRoute, planYearsListRoute } from "@kvalitetskedjan/domain";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useInvalidate, useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { periodName } from "../shared/period-name.js";
import { latestAssessedPeriod, PlanYearField } from "../shared/plan-year-field.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useViewStyles } from "../shared/views.styles.js";
import { CalendarEditor } from "./calendar-editor.js";
import { Rollup } from "./rollup.js";
import { LockControl, StatusList } from "./status-list.js";

/** The period to open on: where goals were last assessed, else the first. */
const currentPeriod = (year: PlanYear): string | null => latestAssessedPeriod(year) ?? year.periods[0]?.id ?? null;

/** The quality network's view of a period: who has reported, reminders, locking, and the roll-up to the council's goals. */
export function ReportingView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const yearsRead = useRead(api, planYearsListRoute);
  const years = yearsRead.data?.planYears ?? null;
  const [yearId, setYearId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const invalidate = useInvalidate();
  const [notice, setNotice] = useState<string | null>(null);
  const isAdmin = me.allowed.administerMunicipality;

  // The first plan year with a calendar, and its latest period, until the person chooses.
  useEffect(() => {
    if (!years) return;
    const first = years.find((y) => y.periods.length > 0) ?? years[0];
    setYearId((current) => current ?? first?.id ?? null);
    setPeriodId((current) => current ?? (first ? currentPeriod(first) : null));
  }, [years]);

  const overviewRead = useRead(
    api,
    periodStatusGetRoute,
    { params: { id: yearId ?? "", periodId: periodId ?? "" } },
    { enabled: yearId !== null && periodId !== null },
  );
  const overview = overviewRead.data ?? null;
  const { error, retry } = failureOf(yearsRead, overviewRead);

  const year = years?.find((y) => y.id === yearId) ?? null;
  const period = year?.periods.find((p) => p.id === periodId) ?? null;
  // The overview on screen is the chosen period's; while another loads, a spinner shows.
  const shown = overview !== null && overview.planYearId === year?.id && overview.period.id === period?.id;

  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("reporting.title")}</h1>
      <Text>{t("reporting.intro")}</Text>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      <SuccessNotice message={notice} />
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
