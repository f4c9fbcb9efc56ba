import { MessageBar, MessageBarBody } from "@fluentui/react-components";

/**
 * The result of an action, announced to screen readers as it appears (WCAG 4.1.3): the
 * live region is always in the page, the message inside it only when there is one.
 */
export function SuccessNotice({ message }: { message: string | null | undefined }) {
  return (
    <div aria-live="polite">
      {message && (
        <MessageBar intent="success">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
