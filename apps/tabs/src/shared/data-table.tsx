import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { type ReactNode, useSyncExternalStore } from "react";
import { ScrollTable } from "./scroll-table.js";

export interface DataRow {
  readonly key: string;
  readonly cells: readonly ReactNode[];
}

/** Below this width (the Teams meeting side panel is 320 px) rows are shown as cards, not columns. */
const narrowQuery = "(max-width: 599px)";

/** Whether the screen is narrow now, following changes (a side panel resized, a phone turned). */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(narrowQuery);
      query.addEventListener("change", changed);
      return () => query.removeEventListener("change", changed);
    },
    () => window.matchMedia(narrowQuery).matches,
  );
}

const useStyles = makeStyles({
  // Long names wrap inside their column instead of running into the next one.
  cell: { overflowWrap: "anywhere", verticalAlign: "top" },
  cards: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  pairs: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

/**
 * A table of records with a header row. Wide, it is a table that scrolls inside its own
 * focusable region if it must; below 600 px each row is a card of label and value pairs, so
 * it reads without sideways scrolling in the 320 px meeting side panel (WCAG 1.4.10). Both
 * are named by `label`.
 */
export function DataTable({ label, columns, rows }: { label: string; columns: readonly string[]; rows: readonly DataRow[] }) {
  const styles = useStyles();
  // One of the two is rendered, so the page holds each value once.
  if (!useNarrow()) {
    return (
      <ScrollTable label={label}>
        <Table size="small" aria-label={label}>
          <TableHeader>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell key={c} className={styles.cell}>
                  {c}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key}>
                {r.cells.map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are positional, one per column.
                  <TableCell key={i} className={styles.cell}>
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollTable>
    );
  }
  return (
    <section aria-label={label}>
      <ul className={styles.cards}>
        {rows.map((r) => (
          <li key={r.key} className={styles.card}>
            <dl className={styles.pairs}>
              {columns.map((c, i) => (
                <div key={c}>
                  <dt className={styles.term}>{c}</dt>
                  <dd className={styles.value}>{r.cells[i]}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
