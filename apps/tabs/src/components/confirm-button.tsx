import {
  Button,
  type ButtonProps,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Textarea,
} from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { useI18n } from "../i18n/i18n.js";

/**
 * A button for a step that is hard to take back (approve, lock, remove): it asks first, in a
 * dialog that names what will happen, and can take a comment to go with the step.
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
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  return (
    <Dialog
      open={open}
      onOpenChange={(_, d) => {
        setOpen(d.open);
        if (!d.open) setComment("");
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button appearance={appearance} disabled={disabled} size={size} {...(label ? { "aria-label": label } : {})}>
          {children}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <p>{body}</p>
            {commentLabel && (
              <Field label={commentLabel}>
                <Textarea value={comment} maxLength={2000} onChange={(_, d) => setComment(d.value)} />
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                void onConfirm(comment.trim());
                setComment("");
              }}
            >
              {confirmLabel}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t("confirm.cancel")}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
