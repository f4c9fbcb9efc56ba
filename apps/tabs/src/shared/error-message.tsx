import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { MessageKey } from "../i18n/catalog.js";
import { hasMessage, type Translate, useI18n } from "../i18n/i18n.js";
import { ApiError } from "./api/client.js";

/** The user's-language text for an API error: the most specific reason we can name. */
export function describeError(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    const detail = error.details.find((d) => hasMessage(`reason.${d.reason}`));
    // A reason's text may name what the detail carries (the columns to create, the valid choices).
    if (detail) return t(`reason.${detail.reason}` as MessageKey, { detail: detail.message ?? "" });
    const code = `error.${error.code}`;
    if (hasMessage(code)) return t(code);
  }
  return t("error.generic");
}

/** The reason-specific message for one field, if the error names that field. */
export function fieldError(error: unknown, path: string, t: Translate): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const detail = error.details.find((d) => d.path === path);
  if (!detail) return undefined;
  const key = `reason.${detail.reason}`;
  return hasMessage(key) ? t(key) : describeError(error, t);
}

/** An error as an alert: the API's most specific reason, or `message` where the screen knows better what it means there. */
export function ErrorMessage({
  error,
  message,
  onRetry,
  retryLabel,
}: {
  error: unknown;
  message?: string;
  onRetry?: () => void;
  retryLabel?: string;
}) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message ?? describeError(error, t)}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{retryLabel ?? t("retry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
