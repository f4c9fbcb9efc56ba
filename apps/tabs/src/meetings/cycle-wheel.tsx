import { makeStyles, tokens } from "@fluentui/react-components";
import type { AnnualCycle } from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import { formatDate } from "../shared/period-name.js";

type Ring = AnnualCycle["events"][number]["ring"];
/** The rings from the outside in: the budget process outermost, documents at the hub. */
export const wheelRings: readonly Ring[] = ["budget", "reporting", "meetings", "internalControl", "dialogue", "documents"];
const ringColours: Record<Ring, string> = {
  budget: tokens.colorPaletteBerryForeground2,
  reporting: tokens.colorPaletteBlueForeground2,
  meetings: tokens.colorPaletteGreenForeground2,
  internalControl: tokens.colorPaletteDarkOrangeForeground2,
  dialogue: tokens.colorPalettePurpleForeground2,
  documents: tokens.colorPaletteTealForeground2,
};

const useStyles = makeStyles({
  wheel: { width: "100%", maxWidth: "640px", height: "auto" },
  month: { fill: tokens.colorNeutralForeground2, fontSize: "13px" },
  ring: { fill: "none", stroke: tokens.colorNeutralStroke2 },
  spoke: { stroke: tokens.colorNeutralStroke2 },
  today: { stroke: tokens.colorNeutralForeground1, strokeWidth: "2px" },
  conflict: { stroke: tokens.colorPaletteRedForeground1, strokeWidth: "3px" },
});

const size = 640;
const centre = size / 2;
const outer = 280;
const ringWidth = 36;
const dayOfYear = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  return (d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000;
};
/** A point at `date` (January at the top, clockwise) on ring `index`. */
const at = (date: string, radius: number, daysInYear: number) => {
  const angle = (dayOfYear(date) / daysInYear) * 2 * Math.PI - Math.PI / 2;
  return { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) };
};

/**
 * The year as a wheel (a named region; its events are links, so the wheel is no image): twelve months clockwise from January at the top, one ring a kind of
 * date, today marked, each event a link to its object (keyboard: Tab goes through them in
 * date order), events in a conflict outlined in red with "conflict" in their names. The list
 * beside it holds the same events.
 */
export function CycleWheel({ cycle, today, conflicted }: { cycle: AnnualCycle; today: string; conflicted: ReadonlySet<string> }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const daysInYear = (Date.UTC(cycle.year + 1, 0, 1) - Date.UTC(cycle.year, 0, 1)) / 86_400_000;
  const radiusOf = (ring: Ring) => outer - wheelRings.indexOf(ring) * ringWidth - ringWidth / 2;
  const months = Array.from({ length: 12 }, (_, m) => `${cycle.year}-${String(m + 1).padStart(2, "0")}-01`);
  const monthNames = Array.from({ length: 12 }, (_, m) =>
    new Date(Date.UTC(cycle.year, m, 15)).toLocaleDateString(language === "sv" ? "sv-SE" : "en-GB", { month: "short", timeZone: "UTC" }),
  );
  const todayPoint = today.startsWith(`${cycle.year}-`) ? at(today, outer + 8, daysInYear) : null;
  return (
    <section aria-label={t("cycle.wheel", { year: String(cycle.year) })}>
      <svg viewBox={`0 0 ${size} ${size}`} className={styles.wheel}>
        <title>{t("cycle.wheel", { year: String(cycle.year) })}</title>
        {wheelRings.map((ring) => (
          <circle key={ring} cx={centre} cy={centre} r={radiusOf(ring) + ringWidth / 2} className={styles.ring} />
        ))}
        {months.map((m, i) => {
          const inner = at(m, outer - wheelRings.length * ringWidth, daysInYear);
          const edge = at(m, outer, daysInYear);
          const label = at(`${m.slice(0, 8)}15`, outer + 22, daysInYear);
          return (
            <g key={m}>
              <line x1={inner.x} y1={inner.y} x2={edge.x} y2={edge.y} className={styles.spoke} />
              <text x={label.x} y={label.y} textAnchor="middle" dominantBaseline="middle" className={styles.month}>
                {monthNames[i]}
              </text>
            </g>
          );
        })}
        {todayPoint && <line x1={centre} y1={centre} x2={todayPoint.x} y2={todayPoint.y} className={styles.today} />}
        {cycle.events.map((e) => {
          const p = at(e.date, radiusOf(e.ring), daysInYear);
          const clash = conflicted.has(e.id);
          const name = `${formatDate(e.date, language)}: ${e.title}${e.bodyName ? ` (${e.bodyName})` : ""}, ${t(`cycle.ring.${e.ring}`)}${clash ? `, ${t("cycle.conflict")}` : ""}`;
          const r = clash ? 8 : 6;
          const ring = clash ? styles.conflict : undefined;
          return e.href ? (
            <a key={e.id} href={e.href} aria-label={name}>
              <title>{name}</title>
              <circle cx={p.x} cy={p.y} r={r} fill={ringColours[e.ring]} className={ring} />
            </a>
          ) : (
            <g key={e.id}>
              <title>{name}</title>
              <circle cx={p.x} cy={p.y} r={r} fill={ringColours[e.ring]} className={ring} />
            </g>
          );
        })}
      </svg>
    </section>
  );
}

export const ringColour = (ring: Ring): string => ringColours[ring];
