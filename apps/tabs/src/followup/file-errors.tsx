import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { hasMessage, useI18n } from "../i18n/i18n.js";
import { ApiError } from "../shared/api/client.js";
import { describeError } from "../shared/error-message.js";
import { useViewStyles } from "../shared/views.styles.js";

/** Each problem of a refused file on its own line: "Rad 3: okänd nämnd". */
export function FileErrors({ error }: { error: unknown }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  if (!error) return null;
  const lines =
    error instanceof ApiError
      ? error.details.flatMap((d) => {
          const line = /\.line\.(\d+)/.exec(d.path ?? "")?.[1];
          const key = `reason.${d.reason}`;
          const reason = hasMessage(key) ? t(key) : (d.message ?? d.reason);
          const choices = d.choices?.length ? ` ${t("files.choices", { choices: d.choices.join(", ") })}` : "";
          return line ? [`${t("files.lineError", { line, reason })}${choices}`] : [];
        })
      : [];
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {describeError(error, t)}
        {lines.length > 0 && (
          <ul className={styles.list}>
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
