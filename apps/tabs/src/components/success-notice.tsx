import { makeStyles, Toast, Toaster, ToastTitle, useToastController } from "@fluentui/react-components";
import { useEffect } from "react";
import { useI18n } from "../i18n/i18n.js";

const toasterId = "kvalitetskedjan";

/**
 * Where success messages appear: one at a time, each replacing the one before, inside a
 * landmark of their own (so all content is in one). Rendered once, by the app.
 */
const useStyles = makeStyles({
  // A corner of the viewport the (absolutely placed) toasts hang from, wherever the page is scrolled.
  corner: { position: "fixed", top: 0, right: 0, width: 0, height: 0, zIndex: 1000 },
});

export function SuccessToaster() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <aside aria-label={t("app.messages")} className={styles.corner}>
      <Toaster toasterId={toasterId} inline limit={1} position="top-end" pauseOnHover pauseOnWindowBlur />
    </aside>
  );
}

/**
 * The result of an action as one toast (a new one replaces the last, so results never stack),
 * announced politely to screen readers as it appears (WCAG 4.1.3). Renders nothing in place.
 */
export function SuccessNotice({ message }: { message: string | null | undefined }) {
  const { dispatchToast, dismissAllToasts } = useToastController(toasterId);
  useEffect(() => {
    if (!message) return;
    dismissAllToasts();
    dispatchToast(
      <Toast>
        <ToastTitle>{message}</ToastTitle>
      </Toast>,
      { intent: "success", timeout: 8000, politeness: "polite" },
    );
  }, [message, dispatchToast, dismissAllToasts]);
  return null;
}
