import { Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ActivityStatus, DialoguePlan } from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import { dialogueActivityHash } from "../route.js";
import { formatDate } from "../shared/period-name.js";
import { useViewStyles } from "../shared/views.styles.js";
import { ActivityStatusText, OverlapText } from "./activity-status.js";

const useStyles = makeStyles({
  months: { display: "grid", gridTemplateColumns: "repeat(12, minmax(0, 1fr))", color: tokens.colorNeutralForeground2 },
  month: {
    borderInlineStartWidth: tokens.strokeWidthThin,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralStroke2,
    paddingInlineStart: "2px",
    fontSize: tokens.fontSizeBase100,
  },
  track: {
    position: "relative",
    height: "14px",
    backgroundImage: `repeating-linear-gradient(to right, ${tokens.colorNeutralStroke2} 0 1px, transparent 1px calc(100% / 12))`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: { position: "absolute", top: "2px", bottom: "2px", minWidth: "4px", borderRadius: tokens.borderRadiusSmall },
  overlap: { outlineWidth: "2px", outlineStyle: "dashed", outlineColor: tokens.colorPaletteDarkOrangeBorder2, outlineOffset: "1px" },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
});

const statusColour: Record<ActivityStatus, string> = {
  proposed: tokens.colorNeutralStrokeAccessible,
  planned: tokens.colorBrandBackground,
  running: tokens.colorPaletteBlueBorderActive,
  completed: tokens.colorPaletteGreenBackground3,
  feedbackGiven: tokens.colorPaletteGreenForeground1,
};

const dayOfYear = (iso: string, year: number) =>
  (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - Date.UTC(year, 0, 1)) / 86_400_000;

/**
 * The year as a timeline: one row an activity with its period drawn on the months, an
 * uncoordinated overlap outlined and named in words. The drawing is for the eye; each row
 * says its period, status and overlaps in text, and the plan's table holds the same.
 */
export function Timeline({ plan }: { plan: DialoguePlan }) {
  const styles = useViewStyles();
  const local = useStyles();
  const { t, language } = useI18n();
  const year = Number(plan.planYearId) || new Date().getFullYear();
  const days = dayOfYear(`${year + 1}-01-01`, year);
  const monthNames = Array.from({ length: 12 }, (_, m) =>
    new Date(Date.UTC(year, m, 1)).toLocaleDateString(language === "sv" ? "sv-SE" : "en-GB", { month: "short", timeZone: "UTC" }),
  );
  const clamp = (v: number) => Math.min(Math.max(v, 0), days);
  if (plan.activities.length === 0) return <Text>{t("dlg.none")}</Text>;
  return (
    <section className={styles.card} aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className={styles.subheading}>
        {t("dlg.part.timeline")} {plan.planYearId}
      </h2>
      <div className={local.months} aria-hidden="true">
        {monthNames.map((m) => (
          <span key={m} className={local.month}>
            {m}
          </span>
        ))}
      </div>
      <ul className={styles.list}>
        {plan.activities.map((a) => {
          const start = clamp(dayOfYear(a.startOn, year));
          const end = clamp(dayOfYear(a.endOn, year) + 1);
          const open = a.overlaps.some((o) => o.coordinated === null);
          return (
            <li key={a.id} className={local.row}>
              <Link href={dialogueActivityHash(a.id)} className={styles.wrap}>
                {a.title}
              </Link>
              <div className={local.track} aria-hidden="true">
                <span
                  className={`${local.bar} ${open ? local.overlap : ""}`}
                  style={{
                    insetInlineStart: `${(start / days) * 100}%`,
                    width: `${(Math.max(end - start, 1) / days) * 100}%`,
                    backgroundColor: statusColour[a.status],
                  }}
                />
              </div>
              <Text size={200} className={styles.muted}>
                {t("dlg.period", { start: formatDate(a.startOn, language), end: formatDate(a.endOn, language) })}
              </Text>
              <span className={styles.row} style={{ justifyContent: "flex-start" }}>
                <ActivityStatusText activity={a} />
                <OverlapText activity={a} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
