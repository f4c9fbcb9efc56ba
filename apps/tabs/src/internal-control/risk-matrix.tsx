import { Button, makeStyles, Switch, Text, tokens } from "@fluentui/react-components";
import type { RiskMatrix } from "@kvalitetskedjan/domain";
import { type KeyboardEvent, useId, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { DataTable, useNarrow } from "../shared/data-table.js";
import { useViewStyles } from "../shared/views.styles.js";
import { levelColours, RiskLevelText } from "./risk-level.js";

type Cell = RiskMatrix["rows"][number][number];
export interface CellRef {
  readonly probability: number;
  readonly consequence: number;
}

const useStyles = makeStyles({
  table: { borderCollapse: "separate", borderSpacing: tokens.spacingHorizontalXXS, tableLayout: "fixed", width: "100%", maxWidth: "720px" },
  axis: { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, textAlign: "start", overflowWrap: "anywhere" },
  corner: { width: "22%" },
  cell: {
    width: "100%",
    minHeight: "56px",
    flexDirection: "column",
    alignItems: "flex-start",
    justifyContent: "center",
    color: tokens.colorNeutralForeground1,
    borderLeftWidth: tokens.strokeWidthThicker,
    paddingInline: tokens.spacingHorizontalS,
    gap: 0,
  },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground1}`, outlineOffset: "1px" },
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  stacked: {
    justifyContent: "flex-start",
    width: "100%",
    textAlign: "start",
    color: tokens.colorNeutralForeground1,
    borderLeftWidth: tokens.strokeWidthThicker,
  },
});

/**
 * The risk matrix: a heat map of probability × consequence, most likely at the top, each
 * cell a button with its number of risks and its level in words beside the colour; the
 * arrow keys move between cells. Below 600 px (the meeting side panel) the cells with risks
 * are a stacked list, most serious first; a switch shows the same as a table. The committee's
 * analysis, the RSA and the executive board's oversight all draw it.
 */
export function RiskMatrixView({
  matrix,
  label,
  selected,
  onSelect,
}: {
  matrix: RiskMatrix;
  label: string;
  selected: CellRef | null;
  onSelect: (cell: CellRef | null) => void;
}) {
  const styles = useStyles();
  const view = useViewStyles();
  const { t, tp } = useI18n();
  const narrow = useNarrow();
  const [asTable, setAsTable] = useState(false);
  const captionId = useId();
  const pLabel = (v: number) => matrix.probability.find((s) => s.value === v)?.label ?? String(v);
  const cLabel = (v: number) => matrix.consequence.find((s) => s.value === v)?.label ?? String(v);
  const isSelected = (c: Cell) => selected?.probability === c.probability && selected.consequence === c.consequence;
  const describe = (c: Cell) =>
    t("ic.matrix.cellLabel", {
      probability: `${c.probability} ${pLabel(c.probability)}`,
      consequence: `${c.consequence} ${cLabel(c.consequence)}`,
      level: t(`ic.level.${c.level}`),
      count: tp("ic.matrix.riskCount", c.risks.length),
    });
  const toggle = (c: Cell) => onSelect(isSelected(c) ? null : { probability: c.probability, consequence: c.consequence });

  /** Arrow keys move focus between the cells' buttons, as in a grid. */
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[e.key];
    const from = (e.target as HTMLElement).closest<HTMLElement>("[data-cell]");
    if (!move || !from) return;
    const [row, col] = (from.dataset.cell ?? "0,0").split(",").map(Number) as [number, number];
    const next = e.currentTarget.querySelector<HTMLElement>(`[data-cell="${row + move[0]},${col + move[1]}"]`);
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  const filled = matrix.rows
    .flat()
    .filter((c) => c.risks.length > 0)
    .sort((a, b) => b.value - a.value || b.probability - a.probability);

  return (
    <div className={view.stack}>
      <Switch checked={asTable} onChange={(_, d) => setAsTable(d.checked)} label={t("ic.matrix.asTable")} />
      {asTable ? (
        <DataTable
          label={label}
          columns={[
            t("ic.settings.probability"),
            t("ic.settings.consequence"),
            t("ic.risk.value"),
            t("ic.risk.level"),
            t("ic.matrix.risks"),
          ]}
          rows={filled.map((c) => ({
            key: `${c.probability}-${c.consequence}`,
            cells: [
              `${c.probability} ${pLabel(c.probability)}`,
              `${c.consequence} ${cLabel(c.consequence)}`,
              c.value,
              <RiskLevelText key="level" level={c.level} />,
              c.risks.map((r) => r.title).join("; "),
            ],
          }))}
        />
      ) : narrow ? (
        <ul className={view.list} aria-label={label}>
          {filled.length === 0 && <Text>{t("ic.matrix.empty")}</Text>}
          {filled.map((c) => (
            <li key={`${c.probability}-${c.consequence}`}>
              <Button
                className={`${styles.stacked} ${isSelected(c) ? styles.selected : ""}`}
                style={{ backgroundColor: levelColours[c.level].background, borderLeftColor: levelColours[c.level].border }}
                aria-pressed={isSelected(c)}
                onClick={() => toggle(c)}
              >
                {describe(c)}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <table className={styles.table} aria-labelledby={captionId} onKeyDown={onKeyDown}>
          <caption id={captionId} className={view.visuallyHidden}>
            {label}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={`${styles.axis} ${styles.corner}`}>
                {t("ic.matrix.corner")}
              </th>
              {matrix.consequence.map((s) => (
                <th key={s.value} scope="col" className={styles.axis}>
                  {s.value} {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row, r) => (
              <tr key={row[0]?.probability ?? r}>
                <th scope="row" className={styles.axis}>
                  {row[0]?.probability} {pLabel(row[0]?.probability ?? 0)}
                </th>
                {row.map((c, col) => (
                  <td key={c.consequence}>
                    <Button
                      data-cell={`${r},${col}`}
                      className={`${styles.cell} ${isSelected(c) ? styles.selected : ""}`}
                      style={{ backgroundColor: levelColours[c.level].background, borderLeftColor: levelColours[c.level].border }}
                      aria-pressed={isSelected(c)}
                      onClick={() => toggle(c)}
                    >
                      <span className={styles.count}>{c.risks.length}</span> <Text size={100}>{t(`ic.level.${c.level}`)}</Text>
                      <span className={view.visuallyHidden}>
                        {t("ic.matrix.cellWhere", {
                          probability: `${c.probability} ${pLabel(c.probability)}`,
                          consequence: `${c.consequence} ${cLabel(c.consequence)}`,
                          count: tp("ic.matrix.riskCount", c.risks.length),
                        })}
                      </span>
                    </Button>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {matrix.offScale > 0 && <Text className={view.muted}>{tp("ic.matrix.offScale", matrix.offScale)}</Text>}
    </div>
  );
}

/** The risks of the chosen cell, under a heading naming it; `detail` adds a word to each (its category, its committee). */
export function CellRiskList({
  matrix,
  selected,
  detail,
}: {
  matrix: RiskMatrix;
  selected: CellRef | null;
  detail: (risk: Cell["risks"][number]) => string;
}) {
  const view = useViewStyles();
  const { t } = useI18n();
  if (!selected) return null;
  const cell = matrix.rows.flat().find((c) => c.probability === selected.probability && c.consequence === selected.consequence);
  const risks = cell?.risks ?? [];
  return (
    <div aria-live="polite" className={view.stack}>
      <h3 className={view.subheading}>
        {t("ic.matrix.cellHeading", { probability: String(selected.probability), consequence: String(selected.consequence) })}
      </h3>
      {risks.length === 0 ? (
        <Text>{t("ic.matrix.cellEmpty")}</Text>
      ) : (
        <ul className={view.list}>
          {risks.map((r) => (
            <li key={r.id}>
              <Text>{r.title}</Text> <Text className={view.muted}>· {detail(r)}</Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
