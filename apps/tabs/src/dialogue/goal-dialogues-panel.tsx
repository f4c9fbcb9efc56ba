import { Spinner } from "@fluentui/react-components";
import { goalDialoguesGetRoute } from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { useViewStyles } from "../shared/views.styles.js";
import { TracedActivities } from "./trace.js";

/** In a goal's detail: the dialogues planned for it or whose results informed it. */
export function GoalDialoguesPanel({ api, goalId }: { api: ApiClient; goalId: string }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const read = useRead(api, goalDialoguesGetRoute, { params: { id: goalId } });
  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
  if (!read.data) return <Spinner size="small" label={t("app.loading")} />;
  if (read.data.activities.length === 0) return null;
  return (
    <section className={styles.stack} aria-labelledby="goal-dialogues-heading">
      <h2 id="goal-dialogues-heading" className={styles.subheading}>
        {t("dlg.goal.title")}
      </h2>
      <TracedActivities trace={read.data} />
    </section>
  );
}
