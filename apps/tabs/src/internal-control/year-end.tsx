import { Button, Field, Select, Text } from "@fluentui/react-components";
import { type CommitteeInternalControlView, committeeAssessmentSaveRoute, internalControlDocxGetRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { ErrorMessage } from "../shared/error-message.js";
import { periodName } from "../shared/period-name.js";
import { saveFile } from "../shared/save-file.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";
import { SufficiencyForm } from "./oversight-forms.js";

/** The committee's assessment of the year: is our internal control sufficient, and why; its decision. */
function CommitteeAssessmentForm({ api, view }: { api: ApiClient; view: CommitteeInternalControlView }) {
  const { t } = useI18n();
  return (
    <SufficiencyForm
      heading={t("ic.year.assess", { owner: view.owner.name })}
      initial={view.assessment}
      bodyId={view.owner.id}
      savedMessage={t("ic.year.saved")}
      save={async (body) =>
        void (await api.call(committeeAssessmentSaveRoute, {
          params: { id: view.planYearId, ownerScopeId: view.owner.id },
          body,
          ifMatch: view.assessmentEtag,
        }))
      }
    />
  );
}

/** The year's end: the committee's and the board's assessments, and the report as a Word document. */
export function YearEnd({ api, view }: { api: ApiClient; view: CommitteeInternalControlView }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const [periodId, setPeriodId] = useState("");
  const { busy, error, run } = useAction();
  const download = () =>
    run(async () => {
      const blob = await api.read(internalControlDocxGetRoute, {
        params: { id: view.planYearId, ownerScopeId: view.owner.id },
        query: { locale: language, periodId: periodId || undefined },
      });
      saveFile(blob, `internkontroll-${view.planYearId}-${view.owner.id}${periodId ? `-${periodId}` : ""}.docx`);
    });
  const said = (a: CommitteeInternalControlView["assessment"]) =>
    a
      ? `${t(`ic.sufficiency.${a.sufficiency}`)} (${a.decision.date} ${a.decision.paragraph}): ${a.reasons}`
      : t("ic.oversight.notAssessed");
  return (
    <section className={styles.card} aria-labelledby="year-end-heading">
      <h2 id="year-end-heading" className={styles.subheading}>
        {t("ic.year.title")}
      </h2>
      <Text className={styles.wrap}>{`${t("ic.year.committee")}: ${said(view.assessment)}`}</Text>
      <Text className={styles.wrap}>{`${t("ic.oversight.assessment")}: ${said(view.boardAssessment)}`}</Text>
      {view.allowed.adopt && <CommitteeAssessmentForm key={view.assessmentEtag} api={api} view={view} />}
      <div className={styles.form}>
        <Field label={t("ic.year.reportPeriod")}>
          <Select value={periodId} onChange={(_, d) => setPeriodId(d.value)}>
            <option value="">{t("ic.year.wholeYear")}</option>
            {view.periods
              .filter((p) => p.kind !== "month")
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {periodName(p, language)}
                </option>
              ))}
          </Select>
        </Field>
        <div>
          <Button onClick={download} disabled={busy}>
            {t("ic.year.download")}
          </Button>
        </div>
        {error !== null && <ErrorMessage error={error} />}
      </div>
    </section>
  );
}
