import { LineChart, type LineChartPoints } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { BenchmarkYear, TrendPoint } from "@kvalitetskedjan/domain";
import { useCallback, useRef } from "react";
import { useChartReaderLabels } from "../shared/chart-reader-labels.js";

export type SeriesKey = "total" | "women" | "men";

const useStyles = makeStyles({
  chart: { width: "100%", maxWidth: "720px", minHeight: "260px" },
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const yearStart = (year: number) => new Date(Date.UTC(year, 0, 1));
const yearEnd = (year: number) => new Date(Date.UTC(year, 11, 31));

/** Each line has its own colour from the theme, its own dash and (allowMultipleShapesForPoints) its own marker shape: never colour alone. */
const look: Record<SeriesKey | "target" | "median", { color: string; dash?: string }> = {
  total: { color: tokens.colorBrandForeground1 },
  women: { color: tokens.colorPaletteBerryForeground2, dash: "6 4" },
  men: { color: tokens.colorPaletteTealForeground2, dash: "2 3" },
  target: { color: tokens.colorNeutralForeground2, dash: "10 4" },
  median: { color: tokens.colorPaletteMarigoldForeground2, dash: "1 4" },
};

/**
 * An indicator's values over time (Fluent UI's line chart, loaded with the goal's page):
 * total, and women and men when split; each year's target as a step; the comparison
 * group's Kolada median at each year's end. The chart is one picture with a title for
 * screen readers; the tables beside it hold every value.
 */
export default function IndicatorTrendChart({
  points,
  targets,
  median,
  series,
  labels,
  periodOf,
  culture,
  formatValue,
}: {
  points: readonly TrendPoint[];
  targets: readonly { year: number; target: number | null }[];
  median: readonly BenchmarkYear[];
  series: readonly SeriesKey[];
  labels: Record<SeriesKey | "target" | "median" | "title" | "legend", string> & {
    /** A line's name for screen readers: "Totalt: 4 värden i diagrammet". */
    line: (legend: string, count: string) => string;
  };
  /** A period's name as the tables write it. */
  periodOf: (point: TrendPoint) => string;
  culture: string;
  formatValue: (value: number) => string;
}) {
  const styles = useStyles();
  type Point = { x: Date; y: number; when: string };
  const line = (key: keyof typeof look, data: Point[], curve?: "stepAfter"): LineChartPoints => ({
    legend: labels[key],
    color: look[key].color,
    // What a screen reader says on each point, in the reader's language.
    data: data.map((d) => ({ x: d.x, y: d.y, callOutAccessibilityData: { ariaLabel: `${d.when}: ${labels[key]} ${formatValue(d.y)}` } })),
    lineOptions: { strokeWidth: 2, ...(look[key].dash ? { strokeDasharray: look[key].dash } : {}), ...(curve ? { curve } : {}) },
  });
  const lines: LineChartPoints[] = series.map((s) =>
    line(
      s,
      points.flatMap((p) => (p[s] === null ? [] : [{ x: day(p.endsOn), y: p[s] as number, when: periodOf(p) }])),
    ),
  );
  const set = targets.filter((t): t is { year: number; target: number } => t.target !== null).sort((a, b) => a.year - b.year);
  const last = set.at(-1);
  if (last) {
    const steps = set.map((t) => ({ x: yearStart(t.year), y: t.target, when: String(t.year) }));
    lines.push(line("target", [...steps, { x: yearEnd(last.year), y: last.target, when: String(last.year) }], "stepAfter"));
  }
  const medians = median.flatMap((m) => (m.median === null ? [] : [{ x: yearEnd(m.year), y: m.median, when: String(m.year) }]));
  if (medians.length > 0) lines.push(line("median", medians));
  const ref = useRef<HTMLDivElement>(null);
  // The library writes a few screen-reader labels in English whatever the culture.
  const localise = useCallback(
    (label: string): string => {
      if (/Line chart with \d+ lines?\./.test(label)) return labels.title;
      const line = /^(.+), line \d+ of \d+ with (\d+) data points?\.$/.exec(label);
      if (line) return labels.line(line[1] ?? "", line[2] ?? "0");
      return label === "Legends" ? labels.legend : label;
    },
    [labels],
  );
  useChartReaderLabels(ref, localise);
  return (
    <div className={styles.chart} ref={ref}>
      <LineChart
        data={{ chartTitle: labels.title, lineChartData: lines }}
        height={260}
        allowMultipleShapesForPoints
        culture={culture}
        useUTC
        yMinValue={0}
        yAxisTickFormat={formatValue}
        customDateTimeFormatter={(d: Date) => String(d.getUTCFullYear())}
        enabledLegendsWrapLines
      />
    </div>
  );
}
