import { Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Choice } from "./choice-field.js";

const useStyles = makeStyles({
  group: { border: 0, padding: 0, margin: 0, minWidth: 0, display: "flex", flexDirection: "column" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1, display: "inline-flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

/**
 * A choice of several named things (periods, risks, goals) as a group of checkboxes under
 * its legend, with the field's validation message; `path` names it for the error summary.
 */
export function CheckboxGroup({
  legend,
  choices,
  value,
  onChange,
  message = null,
  path,
}: {
  legend: string;
  choices: readonly Choice[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  message?: string | null;
  path?: string;
}) {
  const styles = useStyles();
  const errorId = useId();
  return (
    <fieldset className={styles.group} data-field={path} {...(message ? { "aria-describedby": errorId } : {})}>
      <legend className={styles.legend}>{legend}</legend>
      {choices.map((c) => (
        <Checkbox
          key={c.id}
          label={c.name}
          checked={value.includes(c.id)}
          onChange={(_, d) => onChange(d.checked ? [...value, c.id] : value.filter((x) => x !== c.id))}
        />
      ))}
      {message && (
        <Text id={errorId} size={200} className={styles.error}>
          <ErrorCircleRegular aria-hidden="true" />
          {message}
        </Text>
      )}
    </fieldset>
  );
}
