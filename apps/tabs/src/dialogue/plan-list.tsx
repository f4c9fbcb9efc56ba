import { Link, Text } from "@fluentui/react-components";
import type { DialoguePlan } from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import { dialogueActivityHash } from "../route.js";
import { DataTable } from "../shared/data-table.js";
import { formatDate } from "../shared/period-name.js";
import { useViewStyles } from "../shared/views.styles.js";
import { ActivityStatusText, LadderStepText, OverlapText } from "./activity-status.js";

/** The year's activities as a table (cards below 600 px): each with its promise, status and overlaps. */
export function PlanList({ plan }: { plan: DialoguePlan }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  if (plan.activities.length === 0) return <Text>{t("dlg.none")}</Text>;
  return (
    <DataTable
      label={t("dlg.part.plan")}
      columns={[
        t("dlg.col.activity"),
        t("dlg.col.period"),
        t("dlg.col.step"),
        t("dlg.col.groups"),
        t("dlg.col.status"),
        t("dlg.col.warning"),
      ]}
      rows={plan.activities.map((a) => ({
        key: a.id,
        cells: [
          <span key="title" className={styles.stack} style={{ gap: 0 }}>
            <Link href={dialogueActivityHash(a.id)} className={styles.wrap}>
              {a.title}
            </Link>
            <Text size={200} className={styles.muted}>
              {a.responsibleUnitName}
              {a.focusDecision
                ? ` · ${t("dlg.focus", { date: formatDate(a.focusDecision.date, language), paragraph: a.focusDecision.paragraph })}`
                : ""}
              {a.addedAfterAdoption ? ` · ${t("dlg.addedAfterAdoption")}` : ""}
            </Text>
            <Text size={200} className={styles.wrap}>
              {a.promise.canInfluence ? `${t("dlg.promise.can")}: ${a.promise.canInfluence}` : t("dlg.promise.none")}
            </Text>
          </span>,
          t("dlg.period", { start: formatDate(a.startOn, language), end: formatDate(a.endOn, language) }),
          <LadderStepText key="step" step={a.ladderStep} />,
          a.targetGroups.map((g) => g.name).join(", "),
          <ActivityStatusText key="status" activity={a} />,
          <OverlapText key="overlap" activity={a} />,
        ],
      }))}
    />
  );
}
