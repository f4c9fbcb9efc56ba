import { Toast, Toaster, ToastTitle, useToastController } from "@fluentui/react-components";
import { useEffect } from "react";

const toasterId = "kvalitetskedjan";

/** Where success messages appear: one at a time, each replacing the one before. Rendered once, by the app. */
export function SuccessToaster() {
  return <Toaster toasterId={toasterId} limit={1} position="top-end" pauseOnHover pauseOnWindowBlur />;
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
