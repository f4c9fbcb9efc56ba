import { makeStyles, Toast, Toaster, ToastTitle, useToastController } from "@fluentui/react-components";
import { useEffect } from "react";
import { useI18n } from "../i18n/i18n.js";
import { successEvent } from "./success-notice.js";

const toasterId = "kvalitetskedjan";

const useStyles = makeStyles({
  // A corner of the viewport the (absolutely placed) toasts hang from, wherever the page is scrolled.
  corner: { position: "fixed", top: 0, right: 0, width: 0, height: 0, zIndex: 1000 },
});

/**
 * Where success messages appear: one at a time, each replacing the one before, inside a
 * landmark of their own (so all content is in one). Rendered once, by the app, lazily.
 */
export function SuccessToaster() {
  const { t } = useI18n();
  const styles = useStyles();
  const { dispatchToast, dismissAllToasts } = useToastController(toasterId);
  useEffect(() => {
    const show = (e: Event) => {
      dismissAllToasts();
      dispatchToast(
        <Toast>
          <ToastTitle>{(e as CustomEvent<string>).detail}</ToastTitle>
        </Toast>,
        { intent: "success", timeout: 8000, politeness: "polite" },
      );
    };
    window.addEventListener(successEvent, show);
    return () => window.removeEventListener(successEvent, show);
  }, [dispatchToast, dismissAllToasts]);
  return (
    <aside aria-label={t("app.messages")} className={styles.corner}>
      <Toaster toasterId={toasterId} inline limit={1} position="top-end" pauseOnHover pauseOnWindowBlur />
    </aside>
  );
}
