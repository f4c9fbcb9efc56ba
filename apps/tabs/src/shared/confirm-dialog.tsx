import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";

/** The question `ConfirmButton` asks, loaded when it is first asked. */
export default function ConfirmDialog({
  title,
  body,
  confirmLabel,
  commentLabel,
  onClose,
  onConfirm,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  commentLabel?: string | undefined;
  onClose: () => void;
  onConfirm: (comment: string) => void;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState("");
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
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
            <Button appearance="primary" onClick={() => onConfirm(comment.trim())}>
              {confirmLabel}
            </Button>
            <Button onClick={onClose}>{t("confirm.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
