import { Field, Select } from "@fluentui/react-components";
import type { PlanYear } from "@kvalitetskedjan/domain";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { periodName } from "./period-name.js";
import { latestAssessedPeriod, PlanYearField } from "./plan-year-field.js";
import { useViewStyles } from "./views.styles.js";

/** The period to open on: where goals were last assessed, else the first. */
const currentPeriod = (year: PlanYear): string | null => latestAssessedPeriod(year) ?? year.periods[0]?.id ?? null;

/**
 * The plan year and period a follow-up screen shows: the first plan year with a calendar and
 * its latest assessed period, until the person chooses.
 */
export function usePlanYearAndPeriod(years: readonly PlanYear[] | null) {
  const [yearId, setYearId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  useEffect(() => {
    if (!years) return;
    const first = years.find((y) => y.periods.length > 0) ?? years[0];
    setYearId((current) => current ?? first?.id ?? null);
    setPeriodId((current) => current ?? (first ? currentPeriod(first) : null));
  }, [years]);
  const year = years?.find((y) => y.id === yearId) ?? null;
  const period = year?.periods.find((p) => p.id === periodId) ?? null;
  const chooseYear = (y: PlanYear | undefined) => {
    setYearId(y?.id ?? null);
    setPeriodId(y ? currentPeriod(y) : null);
  };
  return { yearId, periodId, year, period, chooseYear, choosePeriod: setPeriodId };
}

/** The plan year and period fields, side by side. */
export function PeriodPicker({ years, choice }: { years: readonly PlanYear[]; choice: ReturnType<typeof usePlanYearAndPeriod> }) {
  const styles = useViewStyles();
  const { year, periodId } = choice;
  if (!year) return null;
  return (
    <div className={styles.row} style={{ justifyContent: "flex-start" }}>
      <PlanYearField years={years} value={year.id} onChange={choice.chooseYear} />
      <PeriodField periods={year.periods} value={periodId ?? ""} onChange={choice.choosePeriod} />
    </div>
  );
}

/** Choose one of a plan year's periods, each by its name ("Delårsrapport per 30 april 2026"). */
export function PeriodField({
  periods,
  value,
  onChange,
}: {
  periods: readonly Pick<PlanYear["periods"][number], "id" | "kind" | "endsOn">[];
  value: string;
  onChange: (periodId: string) => void;
}) {
  const { t, language } = useI18n();
  return (
    <Field label={t("reporting.period")}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {periodName(p, language)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
