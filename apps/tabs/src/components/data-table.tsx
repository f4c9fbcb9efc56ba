import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ScrollTable } from "./scroll-table.js";

export interface DataRow {
  readonly key: string;
  readonly cells: readonly ReactNode[];
}

/**
 * A table of records with a header row, scrolling inside its own focusable region at
 * narrow widths: named by `label`, or by the heading `labelledBy` points at.
 */
export function DataTable({
  label,
  labelledBy,
  columns,
  rows,
}: {
  label: string;
  labelledBy?: string;
  columns: readonly string[];
  rows: readonly DataRow[];
}) {
  return (
    <ScrollTable label={label}>
      <Table size="small" {...(labelledBy ? { "aria-labelledby": labelledBy } : { "aria-label": label })}>
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c}>{c}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key}>
              {r.cells.map((cell, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are positional, one per column.
                <TableCell key={i}>{cell}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollTable>
  );
}
