import { Field, Select } from "@fluentui/react-components";
import type { PlanYear } from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";

/** The latest interim or annual report that has ended: where goals were last assessed. */
export const latestAssessedPeriod = (year: PlanYear | undefined): string | null => {
  const today = new Date().toISOString().slice(0, 10);
  return [...(year?.periods ?? [])].reverse().find((p) => p.kind !== "month" && p.endsOn <= today)?.id ?? null;
};

/** Choose a plan year; `onChange` gets the year chosen. */
export function PlanYearField({
  years,
  value,
  onChange,
  className,
}: {
  years: readonly PlanYear[];
  value: string;
  onChange: (year: PlanYear | undefined) => void;
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <Field className={className} label={t("goals.planYear")}>
      <Select value={value} onChange={(_, d) => onChange(years.find((y) => y.id === d.value))}>
        {years.map((y) => (
          <option key={y.id} value={y.id}>
            {y.year}
          </option>
        ))}
      </Select>
    </Field>
  );
}
