import { makeStyles, tokens } from "@fluentui/react-components";
import type { TrendPoint } from "@kvalitetskedjan/domain";
import { useId } from "react";

const width = 640;
const height = 240;
const pad = { top: 16, right: 16, bottom: 36, left: 48 };

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", maxWidth: `${width}px`, display: "block" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "12px" },
  total: { stroke: tokens.colorNeutralForeground1, fill: tokens.colorNeutralForeground1 },
  women: { stroke: tokens.colorBrandForeground1, fill: tokens.colorBrandForeground1 },
  men: { stroke: tokens.colorNeutralForeground3, fill: tokens.colorNeutralForeground3 },
  target: { stroke: tokens.colorNeutralForeground2, fill: "none" },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, listStyleType: "none", margin: 0, padding: 0 },
  legendItem: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export type SeriesKey = "total" | "women" | "men";

/** Each series has its own dash and marker shape, so lines are told apart without colour. */
const dash: Record<SeriesKey | "target", string | undefined> = { total: undefined, women: "6 4", men: "2 3", target: "10 4" };

function Marker({ kind, x, y, className }: { kind: SeriesKey; x: number; y: number; className: string }) {
  if (kind === "total") return <circle className={className} cx={x} cy={y} r={4} />;
  if (kind === "women") return <rect className={className} x={x - 4} y={y - 4} width={8} height={8} />;
  return <path className={className} d={`M ${x} ${y - 5} L ${x + 5} ${y + 4} L ${x - 5} ${y + 4} Z`} />;
}

/** A legend swatch drawn like the series: its dash and marker. */
export function LegendItem({ kind, label }: { kind: SeriesKey | "target"; label: string }) {
  const styles = useStyles();
  return (
    <li className={styles.legendItem}>
      <svg width="32" height="12" aria-hidden="true" focusable="false">
        <line x1="2" y1="6" x2="30" y2="6" strokeWidth={2} className={styles[kind]} strokeDasharray={dash[kind]} />
        {kind !== "target" && <Marker kind={kind} x={16} y={6} className={styles[kind]} />}
      </svg>
      {label}
    </li>
  );
}

/**
 * An indicator's values over time as a line chart: total, and women and men when split,
 * with each year's target as a dashed step. The chart is an image with a summary for
 * screen readers; the table beside it holds every value.
 */
export function TrendChart({
  points,
  targets,
  series,
  summary,
  formatValue,
}: {
  points: readonly TrendPoint[];
  targets: readonly { year: number; target: number | null }[];
  series: readonly SeriesKey[];
  summary: string;
  /** Axis labels as the reader writes numbers. */
  formatValue: (value: number) => string;
}) {
  const styles = useStyles();
  const titleId = useId();
  const times = points.map((p) => Date.parse(`${p.endsOn}T00:00:00Z`));
  const years = targets.map((t) => t.year);
  const first = Math.min(...times, ...years.map((y) => Date.UTC(y, 0, 1)));
  const last = Math.max(...times, ...years.map((y) => Date.UTC(y, 11, 31)));
  const values = [
    ...points.flatMap((p) => series.map((s) => p[s]).filter((v): v is number => v !== null)),
    ...targets.flatMap((t) => (t.target === null ? [] : [t.target])),
  ];
  const low = Math.min(...values, 0);
  const high = Math.max(...values, 1);
  const span = high - low || 1;
  const x = (time: number) => pad.left + ((time - first) / (last - first || 1)) * (width - pad.left - pad.right);
  const y = (v: number) => height - pad.bottom - ((v - low) / span) * (height - pad.top - pad.bottom);
  const ticks = [low, low + span / 2, high];

  return (
    <svg className={styles.svg} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{summary}</title>
      {ticks.map((v) => (
        <g key={v}>
          <line className={styles.grid} x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} />
          <text className={styles.label} x={pad.left - 6} y={y(v) + 4} textAnchor="end">
            {formatValue(Number(v.toFixed(1)))}
          </text>
        </g>
      ))}
      <line className={styles.axis} x1={pad.left} x2={width - pad.right} y1={height - pad.bottom} y2={height - pad.bottom} />
      {years.map((year) => (
        <text key={year} className={styles.label} x={x(Date.UTC(year, 6, 1))} y={height - 10} textAnchor="middle">
          {year}
        </text>
      ))}
      {targets.map((t) =>
        t.target === null ? null : (
          <line
            key={`target-${t.year}`}
            className={styles.target}
            strokeWidth={2}
            strokeDasharray={dash.target}
            x1={x(Date.UTC(t.year, 0, 1))}
            x2={x(Date.UTC(t.year, 11, 31))}
            y1={y(t.target)}
            y2={y(t.target)}
          />
        ),
      )}
      {series.map((s) => {
        const at = points.flatMap((p, i) => (p[s] === null ? [] : [{ x: x(times[i] as number), y: y(p[s] as number), p }]));
        return (
          <g key={s}>
            {at.length > 1 && (
              <polyline
                className={styles[s]}
                fill="none"
                strokeWidth={2}
                strokeDasharray={dash[s]}
                points={at.map((a) => `${a.x},${a.y}`).join(" ")}
              />
            )}
            {at.map((a) => (
              <Marker key={`${s}-${a.p.planYearId}-${a.p.periodId}`} kind={s} x={a.x} y={a.y} className={styles[s]} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}
