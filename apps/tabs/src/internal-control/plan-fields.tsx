import { Field, Select } from "@fluentui/react-components";
import {
  type ControlFrequency,
  type ControlMethod,
  controlFrequencies,
  controlMethods,
  type ReportingPeriod,
} from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import { CheckboxGroup } from "../shared/checkbox-group.js";
import { periodName } from "../shared/period-name.js";
import type { useFormSubmit } from "../shared/use-form-submit.js";

type FieldProps = ReturnType<typeof useFormSubmit>["fieldProps"];

/** How a control checks: sample, reconciliation, review… */
export function MethodField({ value, onChange, field }: { value: ControlMethod; onChange: (m: ControlMethod) => void; field: FieldProps }) {
  const { t } = useI18n();
  return (
    <Field label={t("ic.control.method")} {...field("body.method")}>
      <Select value={value} onChange={(_, d) => onChange(d.value as ControlMethod)}>
        {controlMethods.map((m) => (
          <option key={m} value={m}>
            {t(`ic.method.${m}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** How often the control is carried out. */
export function FrequencyField({
  value,
  onChange,
  field,
}: {
  value: ControlFrequency;
  onChange: (f: ControlFrequency) => void;
  field: FieldProps;
}) {
  const { t } = useI18n();
  return (
    <Field label={t("ic.control.frequency")} {...field("body.frequency")}>
      <Select value={value} onChange={(_, d) => onChange(d.value as ControlFrequency)}>
        {controlFrequencies.map((f) => (
          <option key={f} value={f}>
            {t(`ic.frequency.${f}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The interim and annual reports of the year a control is reported at. */
export function PeriodsField({
  periods,
  value,
  onChange,
  message,
}: {
  periods: readonly ReportingPeriod[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  message: string | null;
}) {
  const { t, language } = useI18n();
  return (
    <CheckboxGroup
      legend={t("ic.control.periods")}
      choices={periods.filter((p) => p.kind !== "month").map((p) => ({ id: p.id, name: periodName(p, language) }))}
      value={value}
      onChange={onChange}
      message={message}
      path="body.periodIds"
    />
  );
}
