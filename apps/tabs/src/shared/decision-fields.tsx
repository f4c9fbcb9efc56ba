import { Field, Input } from "@fluentui/react-components";
import type { DocumentDecision } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { DateField } from "./date-field.js";
import type { useFormSubmit } from "./use-form-submit.js";

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
      <Field label={t("decision.date")} required {...field(`${path}.date`)}>
        <DateField value={decision.date} onChange={decision.setDate} />
      </Field>
      <Field label={t("decision.paragraph")} hint={t("decision.paragraphHint")} required {...field(`${path}.paragraph`)}>
        <Input value={decision.paragraph} maxLength={10} onChange={(_, d) => decision.setParagraph(d.value)} />
      </Field>
    </>
  );
}
