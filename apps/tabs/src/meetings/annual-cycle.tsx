import { Button, Field, Link, Select, Spinner, Text } from "@fluentui/react-components";
import { WarningRegular } from "@fluentui/react-icons";
import { type AnnualCycle, annualCycleGetRoute, annualCycleIcsGetRoute, type CycleView } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DataTable, useNarrow } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate } from "../shared/period-name.js";
import { saveFile } from "../shared/save-file.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";
import { CalendarSubscription } from "./calendar-subscription.js";
import { CycleWheel, ringColour, wheelRings } from "./cycle-wheel.js";
import { MilestonesEditor } from "./milestones-editor.js";

const stockholmToday = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

/** The conflicts, each with what to move and by when. */
function Conflicts({ cycle }: { cycle: AnnualCycle }) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  if (cycle.conflicts.length === 0) return <Text>{t("cycle.noConflicts")}</Text>;
  return (
    <section className={styles.stack} aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading" className={styles.subheading}>
        {tp("cycle.conflicts", cycle.conflicts.length)}
      </h2>
      <ul className={styles.stack} style={{ margin: 0, paddingInlineStart: 0, listStyle: "none" }}>
        {cycle.conflicts.map((c) => (
          <li key={`${c.kind}:${c.eventIds.join(",")}`} className={styles.iconText}>
            <WarningRegular aria-hidden="true" style={{ color: "var(--colorPaletteRedForeground1)", flexShrink: 0 }} />
            <Text className={styles.wrap}>
              {`${t(`cycle.kind.${c.kind}`)}${c.bodyName ? ` (${c.bodyName})` : ""}. ${t("cycle.move", { title: c.move.title, date: formatDate(c.move.by, language) })}`}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Årshjul: the year's dates as a wheel with one ring a kind, and as a list; its conflicts; the year as a calendar file. */
export function AnnualCycleView({ api }: { api: ApiClient }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const narrow = useNarrow();
  const today = stockholmToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [bodyId, setBodyId] = useState("");
  const [view, setView] = useState<CycleView>("all");
  const query = { year, view, ...(bodyId ? { bodyId } : {}) };
  const read = useRead(api, annualCycleGetRoute, { query }, { keepPrevious: true });
  const download = useAction();
  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
  if (!read.data) return <Spinner label={t("app.loading")} />;
  const cycle = read.data;
  const conflicted = new Set(cycle.conflicts.flatMap((c) => c.eventIds));
  const years = [year - 1, year, year + 1];
  return (
    <div className={styles.stack}>
      <Text className={styles.wrap}>{t("cycle.intro")}</Text>
      <div className={styles.row} style={{ justifyContent: "flex-start", alignItems: "flex-end" }}>
        <Field label={t("cycle.year")}>
          <Select value={String(year)} onChange={(_, d) => setYear(Number(d.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("cycle.view")}>
          <Select value={view} onChange={(_, d) => setView(d.value as CycleView)}>
            <option value="all">{t("feed.view.all")}</option>
            <option value="mine">{t("feed.view.mine")}</option>
          </Select>
        </Field>
        <ChoiceField label={t("cycle.body")} value={bodyId} choices={cycle.bodies} onChange={setBodyId} all={t("cycle.allBodies")} />
        <Button
          disabled={download.busy}
          onClick={() => download.run(async () => saveFile(await api.read(annualCycleIcsGetRoute, { query }), `arshjul-${year}.ics`))}
        >
          {t("cycle.ics")}
        </Button>
      </div>
      {download.error !== null && <ErrorMessage error={download.error} />}
      <Conflicts cycle={cycle} />
      {!narrow && (
        <div className={styles.stack}>
          <CycleWheel cycle={cycle} today={today} conflicted={conflicted} />
          <ul
            className={styles.row}
            style={{ margin: 0, paddingInlineStart: 0, listStyle: "none", justifyContent: "flex-start" }}
            aria-label={t("cycle.legend")}
          >
            {wheelRings.map((ring) => (
              <li key={ring} className={styles.iconText}>
                <svg width="12" height="12" aria-hidden="true">
                  <circle cx="6" cy="6" r="6" fill={ringColour(ring)} />
                </svg>
                <Text size={200}>{t(`cycle.ring.${ring}`)}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      <DataTable
        label={t("cycle.list", { year: String(cycle.year) })}
        columns={[t("cycle.col.date"), t("cycle.col.event"), t("cycle.col.ring"), t("cycle.col.body")]}
        rows={cycle.events.map((e) => ({
          key: e.id,
          cells: [
            formatDate(e.date, language),
            <span key="event" className={styles.wrap}>
              {e.href ? <Link href={e.href}>{e.title}</Link> : e.title}
              {conflicted.has(e.id) ? ` · ${t("cycle.conflict")}` : ""}
            </span>,
            t(`cycle.ring.${e.ring}`),
            e.bodyName ?? t("cycle.wholeMunicipality"),
          ],
        }))}
      />
      <CalendarSubscription api={api} bodies={cycle.bodies} />
      {cycle.canEditMilestones && (
        <section className={styles.card}>
          <MilestonesEditor key={`${cycle.year}:${cycle.milestones.etag}`} api={api} cycle={cycle} />
        </section>
      )}
    </div>
  );
}
