import { VerticalBarChart } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useRef } from "react";
import { useChartReaderLabels } from "../shared/chart-reader-labels.js";

const useStyles = makeStyles({ chart: { width: "100%", maxWidth: "480px", minHeight: "200px" } });

/**
 * A question's answers on the 2-4-6-8 scale as bars (Fluent UI's bar chart, loaded with the
 * activity). Only shown cells are drawn: a suppressed answer has no bar, and the table beside
 * the chart says "fewer than 5" for it. Bar labels and the chart's title are in the reader's language.
 */
export default function ResultsChart({
  bars,
  title,
  label,
}: {
  bars: readonly { value: number; count: number }[];
  title: string;
  /** What a screen reader says for a bar: "Svar 6: 171". */
  label: (value: number, count: number) => string;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const localise = useCallback((text: string) => (/^Vertical bar chart with \d+ bars?$/.test(text) ? title : text), [title]);
  useChartReaderLabels(ref, localise);
  return (
    <div className={styles.chart} ref={ref}>
      <VerticalBarChart
        chartTitle={title}
        data={bars.map((b) => ({
          x: String(b.value),
          y: b.count,
          color: tokens.colorBrandBackground,
          callOutAccessibilityData: { ariaLabel: label(b.value, b.count) },
        }))}
        height={200}
        hideLegend
        barWidth={32}
      />
    </div>
  );
}
