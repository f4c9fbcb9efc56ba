import { Button, Link, Spinner, Tab, TabList, Text } from "@fluentui/react-components";
import { meetingsListRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { meetingHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate } from "../shared/period-name.js";
import { useViewStyles } from "../shared/views.styles.js";
import { AnnualCycleView } from "./annual-cycle.js";
import { MeetingForm } from "./meeting-form.js";
import { MeetingStateText } from "./meeting-state.js";

/** Sammanträden: every body's meetings by date (each opening its agenda and decisions; planning one), and the annual cycle. */
export function MeetingsView({ api }: { api: ApiClient }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [part, setPart] = useState<"meetings" | "cycle">("meetings");
  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("mtg.title")}</h1>
      <TabList
        selectedValue={part}
        onTabSelect={(_, d) => setPart(d.value as "meetings" | "cycle")}
        aria-label={t("cycle.parts")}
        style={{ flexWrap: "wrap" }}
      >
        <Tab value="meetings">{t("cycle.part.meetings")}</Tab>
        <Tab value="cycle">{t("cycle.part.cycle")}</Tab>
      </TabList>
      {part === "meetings" ? <MeetingList api={api} /> : <AnnualCycleView api={api} />}
    </div>
  );
}

/** Every body's meetings by date, and planning one. */
function MeetingList({ api }: { api: ApiClient }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const read = useRead(api, meetingsListRoute, { query: {} });
  const [planning, setPlanning] = useState(false);
  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
  if (!read.data) return <Spinner label={t("app.loading")} />;
  const { meetings, bodies } = read.data;
  return (
    <div className={styles.stack}>
      <Text className={styles.wrap}>{t("mtg.intro")}</Text>
      {bodies.length > 0 && (
        <div>
          <Button aria-expanded={planning} onClick={() => setPlanning(!planning)}>
            {t("mtg.plan")}
          </Button>
        </div>
      )}
      {planning && (
        <section className={styles.card}>
          <MeetingForm api={api} bodies={bodies} />
        </section>
      )}
      {meetings.length === 0 ? (
        <Text>{t("mtg.none")}</Text>
      ) : (
        <DataTable
          label={t("mtg.list")}
          columns={[t("mtg.col.body"), t("mtg.col.number"), t("mtg.col.date"), t("mtg.col.state")]}
          rows={[...meetings].reverse().map((m) => ({
            key: m.id,
            cells: [
              <Link key="body" href={meetingHash(m.id)} className={styles.wrap}>
                {t("mtg.name", { body: m.bodyName, number: String(m.number), year: m.date.slice(0, 4) })}
              </Link>,
              m.number,
              `${formatDate(m.date, language)} ${m.startsAt}`,
              <MeetingStateText key="state" state={m.state} />,
            ],
          }))}
        />
      )}
    </div>
  );
}
