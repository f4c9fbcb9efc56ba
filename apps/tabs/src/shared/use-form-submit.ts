import { type FormEvent, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { fieldError } from "./error-message.js";

/**
 * What every form shares: required fields checked before anything is sent, a busy flag,
 * and the answer split into messages next to `fields` and one general error for the rest.
 * `required` maps a field's path (as the API names it, e.g. `body.name`) to whether it is filled.
 */
export function useFormSubmit(fields: readonly string[], required: Readonly<Record<string, boolean>>, send: () => Promise<void>) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Counts submits that failed, so the error summary takes focus after each. */
  const [failures, setFailures] = useState(0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const empty = Object.keys(required).find((path) => !required[path]) ?? null;
    setMissing(empty);
    if (empty) {
      setFailures((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await send();
    } catch (err) {
      setError(err);
      setFailures((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const messageFor = (path: string): string | null => (missing === path ? t("reason.required") : (fieldError(error, path, t) ?? null));
  const general = error !== null && !fields.some((f) => fieldError(error, f, t)) ? error : null;
  /** A Fluent `Field`'s validation props for the field at `path`, and its name for the error summary's links. */
  const fieldProps = (path: string) => {
    const message = messageFor(path);
    return { validationState: message ? ("error" as const) : ("none" as const), validationMessage: message, "data-field": path };
  };
  /** Every field with a message, in the order the form names them. */
  const summary = [...new Set([...(missing ? [missing] : []), ...fields])]
    .map((path) => ({ path, message: messageFor(path) }))
    .filter((x): x is { path: string; message: string } => x.message !== null);
  return { submit: (e: FormEvent) => void submit(e), busy, error, messageFor, fieldProps, general, setError, summary, failures };
}
