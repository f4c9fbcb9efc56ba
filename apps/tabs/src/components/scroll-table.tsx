import { mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useViewStyles } from "../views/views.styles.js";

/**
 * A wide table scrolls inside its own region, never the page; the region takes keyboard
 * focus so it can be scrolled without a mouse (WCAG 2.1.1).
 */
export function ScrollTable({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const styles = useViewStyles();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard.
    <section className={mergeClasses(styles.tableScroll, className)} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
