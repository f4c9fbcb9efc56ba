import { type RefObject, useEffect } from "react";

/**
 * The chart library writes a few screen-reader labels in English whatever the culture
 * ("Line chart with 3 lines", "Vertical bar chart with 4 bars", "Legends"). `localise` puts
 * each in the reader's language, here and again whenever the library writes them anew.
 * Pass a stable `localise` (useCallback), or the labels are rewritten on every render.
 */
export function useChartReaderLabels(ref: RefObject<HTMLElement | null>, localise: (label: string) => string): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const relabel = () => {
      for (const element of root.querySelectorAll("[aria-label]")) {
        const label = element.getAttribute("aria-label") ?? "";
        const next = localise(label);
        if (next !== label) element.setAttribute("aria-label", next);
      }
    };
    relabel();
    const observer = new MutationObserver(relabel);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-label"] });
    return () => observer.disconnect();
  }, [ref, localise]);
}
