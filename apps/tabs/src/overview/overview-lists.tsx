import { Link, Text } from "@fluentui/react-components";
import { glanceLimit, type Overview, type OverviewGoal } from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import { documentHash, goalHash } from "../route.js";
import { DataTable } from "../shared/data-table.js";
import { formatDate } from "../shared/period-name.js";
import { AssessmentText, ReportStatusText } from "../shared/status.js";
import { useViewStyles } from "../shared/views.styles.js";

/** The goals behind a cell or a count: each with its assessment, its owner and the previous period's. */
export function GoalTable({ label, goals }: { label: string; goals: readonly OverviewGoal[] }) {
  const { t } = useI18n();
  return (
    <DataTable
      label={label}
      columns={[t("overview.column.goal"), t("overview.column.owner"), t("overview.column.assessment"), t("overview.column.previous")]}
      rows={goals.map((g) => ({
        key: g.id,
        cells: [
          <Link key="goal" href={goalHash(g.id)}>
            {g.title}
          </Link>,
          g.ownerName,
          <AssessmentText
            key="assessment"
            value={g.assessment}
            prefix={(text) => (g.reportStatus === "notStarted" || g.reportStatus === "draft" ? `${text} (${t("overview.draft")})` : text)}
          />,
          g.previous ? <AssessmentText key="previous" value={g.previous} /> : "–",
        ],
      }))}
    />
  );
}

/** "Visar 10 av 240." under a list cut to its first items. */
function More({ shown, total }: { shown: number; total: number }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  return total > shown ? (
    <Text className={styles.muted}>{t("overview.showing", { shown: String(shown), total: String(total) })}</Text>
  ) : null;
}

/** What changed since the previous period, the reports still missing, the documents running out. */
export function OverviewLists({ overview }: { overview: Overview }) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  const changes = overview.changes;
  return (
    <>
      <section aria-labelledby="overview-changes" className={styles.stack}>
        <h2 id="overview-changes" className={styles.subheading}>
          {t("overview.changes")}
        </h2>
        {overview.previousPeriodId === null ? (
          <Text>{t("overview.noPrevious")}</Text>
        ) : changes.total === 0 ? (
          <Text>{t("overview.noChanges")}</Text>
        ) : (
          <ul className={styles.list}>
            {changes.goals.map((g) => (
              <li key={g.id} className={styles.wrap}>
                <Link href={goalHash(g.id)}>{g.title}</Link> <Text className={styles.muted}>({g.ownerName})</Text>
                <div>
                  <AssessmentText value={g.previous ?? "notAssessed"} /> → <AssessmentText value={g.assessment} />
                </div>
              </li>
            ))}
          </ul>
        )}
        <More shown={changes.goals.length} total={changes.total} />
      </section>
      <section aria-labelledby="overview-missing" className={styles.stack}>
        <h2 id="overview-missing" className={styles.subheading}>
          {t("overview.missing")}
        </h2>
        {overview.missingReports.length === 0 ? (
          <Text>{t("overview.noMissing")}</Text>
        ) : (
          <ul className={styles.list}>
            {overview.missingReports.slice(0, glanceLimit).map((r) => (
              <li key={r.ownerScopeId} className={styles.row}>
                <Link href={r.href}>{r.ownerName}</Link>
                <ReportStatusText status={r.status} overdue={r.overdue} />
              </li>
            ))}
          </ul>
        )}
        <More shown={glanceLimit} total={overview.missingReports.length} />
      </section>
      <section aria-labelledby="overview-expiring" className={styles.stack}>
        <h2 id="overview-expiring" className={styles.subheading}>
          {t("overview.expiring")}
        </h2>
        {overview.expiringDocuments.length === 0 ? (
          <Text>{t("overview.noExpiring")}</Text>
        ) : (
          <ul className={styles.list}>
            {overview.expiringDocuments.slice(0, glanceLimit).map((d) => (
              <li key={d.id} className={styles.wrap}>
                <Link href={documentHash(d.id)}>
                  {tp("overview.expiresIn", d.daysLeft, { title: d.title, date: formatDate(d.validUntil, language) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <More shown={glanceLimit} total={overview.expiringDocuments.length} />
      </section>
    </>
  );
}
