import { Field, Select } from "@fluentui/react-components";
import { useViewStyles } from "./views.styles.js";

export interface Choice {
  readonly id: string;
  readonly name: string;
}

/**
 * A labelled choice among named things (bodies, people, libraries), with an optional first
 * "all" option and the field's validation message.
 */
export function ChoiceField({
  label,
  value,
  choices,
  onChange,
  all,
  hint,
  validation,
}: {
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange: (id: string) => void;
  /** A first option with the empty value ("Alla"). */
  all?: string;
  hint?: string;
  validation?: { validationState: "error" | "none"; validationMessage: string | null; "data-field"?: string };
}) {
  const styles = useViewStyles();
  return (
    <Field label={label} {...(hint ? { hint } : {})} {...validation}>
      <Select className={styles.fullWidth} value={value} onChange={(_, d) => onChange(d.value)}>
        {all !== undefined && <option value="">{all}</option>}
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
