import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Assessment, AssessmentCounts, Overview } from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import { DataTable } from "../shared/data-table.js";
import { AssessmentIcon, assessmentColours, assessmentOrder } from "../shared/status.js";
import { useViewStyles } from "../shared/views.styles.js";

/** What the goal list below shows: a body's goals, optionally in one area or with one assessment. */
export interface Selection {
  readonly bodyId: string;
  /** An area's id, null for goals without one; undefined for every area. */
  readonly areaId?: string | null;
  readonly assessment?: Assessment;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    height: "12px",
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  count: { minWidth: "auto" },
  cell: { minWidth: "auto", justifyContent: "flex-start", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

const total = (c: AssessmentCounts) => c.fulfilled + c.partlyFulfilled + c.notFulfilled + c.notAssessed;

/** Each body's share of goals fulfilled, partly, not and not assessed: a bar, and a button a count that opens its goals. */
export function FulfilmentBars({ overview, onSelect }: { overview: Overview; onSelect: (s: Selection) => void }) {
  const styles = useStyles();
  const view = useViewStyles();
  const { t, tp } = useI18n();
  return (
    <ul className={view.list}>
      {overview.rows.map((row) => {
        const all = total(row.counts);
        return (
          <li key={row.bodyId} className={view.stack} style={{ gap: tokens.spacingVerticalXS }}>
            <div className={view.row}>
              <Text weight="semibold">{row.bodyName}</Text>
              <Text className={view.muted}>{tp("overview.goalCount", all)}</Text>
            </div>
            <div className={styles.bar} aria-hidden="true">
              {assessmentOrder.map((a) =>
                row.counts[a] > 0 ? (
                  <span key={a} style={{ width: `${(100 * row.counts[a]) / all}%`, background: assessmentColours[a].background }} />
                ) : null,
              )}
            </div>
            <div className={styles.counts}>
              {assessmentOrder
                .filter((a) => row.counts[a] > 0)
                .map((a) => (
                  <Button
                    key={a}
                    size="small"
                    appearance="subtle"
                    className={styles.count}
                    icon={<AssessmentIcon value={a} />}
                    onClick={() => onSelect({ bodyId: row.bodyId, assessment: a })}
                  >
                    {`${t(`assessment.${a}`)}: ${row.counts[a]}`}
                  </Button>
                ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** Bodies × strategic areas: each cell the counts of its goals by assessment, a button that opens them. */
export function Scorecard({ overview, onSelect }: { overview: Overview; onSelect: (s: Selection) => void }) {
  const styles = useStyles();
  const view = useViewStyles();
  const { t } = useI18n();
  const columns = [
    ...overview.areas.map((a) => ({ id: a.id as string | null, name: a.name })),
    ...(overview.hasGoalsWithoutArea ? [{ id: null, name: t("overview.withoutArea") }] : []),
  ];
  return (
    <DataTable
      label={t("overview.scorecard")}
      columns={[t("overview.body"), ...columns.map((c) => c.name)]}
      rows={overview.rows.map((row) => ({
        key: row.bodyId,
        cells: [
          row.bodyName,
          ...row.cells.map((cell, i) => {
            const area = columns[i];
            if (!area || total(cell.counts) === 0) return t("overview.noGoals");
            const shown = assessmentOrder.filter((a) => cell.counts[a] > 0);
            // The name is the content: the body and area are there for a screen reader, the numbers for everyone.
            return (
              <Button
                key={area.id ?? "none"}
                appearance="subtle"
                className={styles.cell}
                onClick={() => onSelect({ bodyId: row.bodyId, areaId: area.id })}
              >
                <span className={view.visuallyHidden}>{`${row.bodyName}, ${area.name}: `}</span>
                {shown.map((a, i) => (
                  <span key={a} style={{ display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS }}>
                    <AssessmentIcon value={a} />
                    {cell.counts[a]}
                    <span
                      className={view.visuallyHidden}
                    >{` ${t(`assessment.${a}`).toLowerCase()}${i < shown.length - 1 ? "," : ""}`}</span>
                  </span>
                ))}
              </Button>
            );
          }),
        ],
      }))}
    />
  );
}
