import { Button, type ButtonProps, useRestoreFocusTarget } from "@fluentui/react-components";
import { lazy, type ReactNode, Suspense, useState } from "react";

const ConfirmDialog = lazy(() => import("./confirm-dialog.js"));

/**
 * A button for a step that is hard to take back (approve, lock, remove): it asks first, in a
 * dialog that names what will happen, and can take a comment to go with the step. The dialog's
 * code loads when it is first opened; focus returns to the button when it closes.
 */
export function ConfirmButton({
  children,
  title,
  body,
  confirmLabel,
  commentLabel,
  onConfirm,
  appearance = "secondary",
  disabled = false,
  size = "medium",
  label,
}: {
  children: ReactNode;
  appearance?: ButtonProps["appearance"];
  disabled?: boolean;
  size?: ButtonProps["size"];
  /** The button's accessible name, where its text alone does not say what it acts on. */
  label?: string;
  title: string;
  body: string;
  confirmLabel: string;
  /** Offer a comment (optional for the person) with the step. */
  commentLabel?: string;
  onConfirm: (comment: string) => void | Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const restoreFocus = useRestoreFocusTarget();
  return (
    <>
      <Button
        appearance={appearance}
        disabled={disabled}
        size={size}
        aria-haspopup="dialog"
        {...(label ? { "aria-label": label } : {})}
        {...restoreFocus}
        onClick={() => setOpen(true)}
      >
        {children}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ConfirmDialog
            title={title}
            body={body}
            confirmLabel={confirmLabel}
            commentLabel={commentLabel}
            onClose={() => setOpen(false)}
            onConfirm={(comment) => {
              setOpen(false);
              void onConfirm(comment);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
