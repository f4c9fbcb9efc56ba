import { Button, Label, Text } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useId, useRef, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { fileSize } from "./period-name.js";
import { useViewStyles } from "./views.styles.js";

/**
 * A labelled file picker with a hint, for imports and uploads, in the UI's language: our own
 * button opens the browser's file dialog (its own button would speak the browser's language),
 * and the chosen file is named with its size.
 */
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
  const { t, language } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  return (
    <div className={styles.stack}>
      <Label htmlFor={id}>{label}</Label>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        tabIndex={-1}
        aria-hidden="true"
        className={styles.visuallyHidden}
        onChange={(e) => {
          const file = e.target.files?.[0] ?? null;
          setChosen(file);
          onFile(file);
        }}
      />
      <div className={styles.row}>
        <Button
          icon={<DocumentArrowUpRegular />}
          aria-label={t("files.chooseFor", { label })}
          aria-describedby={`${id}-chosen ${id}-hint`}
          onClick={() => input.current?.click()}
        >
          {t("files.choose")}
        </Button>
        <Text id={`${id}-chosen`} className={styles.wrap}>
          {chosen ? `${chosen.name} (${fileSize(chosen.size, language)})` : t("files.noneChosen")}
        </Text>
      </div>
      <Text id={`${id}-hint`} size={200} className={styles.muted}>
        {hint}
      </Text>
    </div>
  );
}
