import { Button } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ErrorMessage } from "./error-message.js";
import { ErrorSummary } from "./error-summary.js";

/**
 * The end of every form: the summary of what to fix (focused after a failed send), the
 * error no field owns, and the button that sends, disabled while sending.
 */
export function FormFooter({
  form,
  submit,
  primary = true,
  disabled = false,
}: {
  form: {
    readonly summary: readonly { path: string; message: string }[];
    readonly failures: number;
    readonly general: unknown;
    readonly busy: boolean;
  };
  submit: ReactNode;
  primary?: boolean;
  /** Kept from sending for a reason of the form's own (nothing chosen yet). */
  disabled?: boolean;
}) {
  return (
    <>
      <ErrorSummary form={form} />
      {form.general !== null && <ErrorMessage error={form.general} />}
      <div>
        <Button type="submit" {...(primary ? { appearance: "primary" as const } : {})} disabled={form.busy || disabled}>
          {submit}
        </Button>
      </div>
    </>
  );
}
