import type { ReactNode } from "react";
import { useViewStyles } from "./views.styles.js";

/**
 * A wide table scrolls inside its own region at 320 px, never the page; the region takes
 * keyboard focus so it can be scrolled without a mouse (WCAG 2.1.1).
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const styles = useViewStyles();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard.
    <section className={styles.tableScroll} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
