import { Field, Input, Select } from "@fluentui/react-components";
import {
  type ControlFrequency,
  type ControlMethod,
  controlFrequencies,
  controlMethods,
  type DocumentDecision,
  type ReportingPeriod,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { CheckboxGroup } from "../shared/checkbox-group.js";
import { DateField } from "../shared/date-field.js";
import { periodName } from "../shared/period-name.js";
import type { useFormSubmit } from "../shared/use-form-submit.js";

type FieldProps = ReturnType<typeof useFormSubmit>["fieldProps"];

/** A decision being recorded: its date and minute paragraph (the body is the form's own). */
export function useDecisionDate(initial?: { readonly date: string; readonly paragraph: string }) {
  const [date, setDate] = useState(initial?.date ?? "");
  const [paragraph, setParagraph] = useState(initial?.paragraph ?? "");
  return {
    date,
    paragraph,
    setDate,
    setParagraph,
    /** The form's required fields at `path` (`body.decision`), filled or not. */
    required: (path: string) => ({ [`${path}.date`]: date !== "", [`${path}.paragraph`]: paragraph.trim() !== "" }),
    of: (bodyId: string): DocumentDecision => ({ bodyId, date, paragraph: paragraph.trim() }),
  };
}

/** The date and minute paragraph of a decision, named at `path` for the form's errors. */
export function DecisionDateFields({
  decision,
  field,
  path,
}: {
  decision: ReturnType<typeof useDecisionDate>;
  field: FieldProps;
  path: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t("ic.plan.decisionDate")} required {...field(`${path}.date`)}>
        <DateField value={decision.date} onChange={decision.setDate} />
      </Field>
      <Field label={t("ic.plan.paragraph")} hint={t("ic.plan.paragraphHint")} required {...field(`${path}.paragraph`)}>
        <Input value={decision.paragraph} maxLength={10} onChange={(_, d) => decision.setParagraph(d.value)} />
      </Field>
    </>
  );
}

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
