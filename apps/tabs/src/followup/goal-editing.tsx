import { type GoalDetail, goalDetailGetRoute, goalsListRoute, goalTreeGetRoute, overviewGetRoute } from "@kvalitetskedjan/domain";
import { EditGoalForm } from "../goals/edit-goal-form.js";
import { IndicatorForm } from "../goals/indicator-form.js";
import { RetireGoalForm } from "../goals/retire-goal-form.js";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useInvalidate } from "../shared/api/queries.js";
import { useViewStyles } from "../shared/views.styles.js";

/** A goal's editing (its text, a new indicator, retiring it), for those who may edit it; loaded when first shown. */
export default function GoalEditing({
  api,
  detail,
  onNotice,
}: {
  api: ApiClient;
  detail: GoalDetail;
  onNotice: (message: string) => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const setNotice = onNotice;
  return (
    <>
      <section className={styles.card}>
        <EditGoalForm
          // A saved edit comes back with a new version: the form starts again from it.
          key={detail.goal.etag}
          api={api}
          detail={detail}
          onSaved={() => {
            setNotice(t("goals.edit.done"));
            void invalidate(goalDetailGetRoute, goalsListRoute, goalTreeGetRoute, overviewGetRoute);
          }}
        />
      </section>
      <section className={styles.card}>
        <IndicatorForm
          api={api}
          goalId={detail.goal.id}
          planYear={detail.planYear.year}
          onAdded={() => {
            setNotice(t("goals.indicatorForm.added"));
            void invalidate(goalDetailGetRoute, goalTreeGetRoute);
          }}
        />
      </section>
      <section className={styles.card}>
        <RetireGoalForm
          api={api}
          goal={detail.goal}
          onRetired={() => {
            setNotice(t("goals.retire.done"));
            void invalidate(goalDetailGetRoute, goalsListRoute, goalTreeGetRoute, overviewGetRoute);
          }}
        />
      </section>
    </>
  );
}
