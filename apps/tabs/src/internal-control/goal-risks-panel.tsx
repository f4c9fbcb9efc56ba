import { Link, Spinner, Text } from "@fluentui/react-components";
import { goalRisksGetRoute } from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import { controlReportHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { periodName } from "../shared/period-name.js";
import { ReportStatusText } from "../shared/status.js";
import { useViewStyles } from "../shared/views.styles.js";
import { ControlResultText, RiskLevelText } from "./risk-level.js";

/** In a goal's detail: the risks that threaten it, and what the controls that address them found. */
export function GoalRisksPanel({ api, goalId }: { api: ApiClient; goalId: string }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const read = useRead(api, goalRisksGetRoute, { params: { id: goalId } });
  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
  if (!read.data) return <Spinner size="small" label={t("app.loading")} />;
  if (read.data.risks.length === 0) return null;
  return (
    <section className={styles.stack} aria-labelledby="goal-risks-heading">
      <h2 id="goal-risks-heading" className={styles.subheading}>
        {t("ic.goal.title")}
      </h2>
      <ul className={styles.list}>
        {read.data.risks.map((r) => (
          <li key={r.id} className={styles.card}>
            <div className={styles.row}>
              <Text weight="semibold" className={styles.wrap}>
                {r.title}
              </Text>
              <RiskLevelText level={r.level} value={r.value} />
            </div>
            <Text className={styles.muted}>{t("ic.goal.analysisOf", { owner: r.ownerName })}</Text>
            {r.controls.length === 0 ? (
              <Text>{t("ic.goal.noControl")}</Text>
            ) : (
              <ul className={styles.list}>
                {r.controls.map((c) => (
                  <li key={c.id} className={styles.stack} style={{ gap: 0 }}>
                    <Text className={styles.wrap}>{c.title}</Text>
                    <ul className={styles.list}>
                      {c.periods.map((s) => (
                        <li key={s.periodId} className={styles.iconText}>
                          <Link href={controlReportHash(c.id, s.periodId)}>{periodName(s.period, language)}</Link>
                          {s.result ? <ControlResultText result={s.result} /> : <ReportStatusText status={s.status} overdue={s.overdue} />}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
