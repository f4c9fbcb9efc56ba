import { Label, Text } from "@fluentui/react-components";
import { useId } from "react";
import { useViewStyles } from "../views/views.styles.js";

/** A labelled file picker with a hint, for imports (a CSV, a Kolada download). */
export function FileField({
  label,
  hint,
  accept,
  onFile,
}: {
  label: string;
  hint: string;
  accept: string;
  onFile: (file: File | null) => void;
}) {
  const styles = useViewStyles();
  const id = useId();
  return (
    <div className={styles.stack}>
      <Label htmlFor={id}>{label}</Label>
      <input id={id} type="file" accept={accept} aria-describedby={`${id}-hint`} onChange={(e) => onFile(e.target.files?.[0] ?? null)} />
      <Text id={`${id}-hint`} size={200} className={styles.muted}>
        {hint}
      </Text>
    </div>
  );
}
