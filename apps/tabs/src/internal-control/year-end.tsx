import { Button, Field, Select, Text, Textarea } from "@fluentui/react-components";
import {
  type CommitteeInternalControlView,
  committeeAssessmentSaveRoute,
  internalControlDocxGetRoute,
  type Sufficiency,
  sufficiencies,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { periodName } from "../shared/period-name.js";
import { saveFile } from "../shared/save-file.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { DecisionDateFields, useDecisionDate } from "./plan-fields.js";
import { useRefreshInternalControl } from "./risk-form.js";

/** The committee's assessment of the year: is our internal control sufficient, and why; its decision. */
function CommitteeAssessmentForm({ api, view }: { api: ApiClient; view: CommitteeInternalControlView }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshInternalControl();
  const [sufficiency, setSufficiency] = useState<Sufficiency>(view.assessment?.sufficiency ?? "sufficient");
  const [reasons, setReasons] = useState(view.assessment?.reasons ?? "");
  const decision = useDecisionDate(view.assessment?.decision);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormSubmit(
    ["body.sufficiency", "body.reasons", "body.decision.date", "body.decision.paragraph", "body.decision.bodyId"],
    { "body.reasons": reasons.trim() !== "", ...decision.required("body.decision") },
    async () => {
      await api.call(committeeAssessmentSaveRoute, {
        params: { id: view.planYearId, ownerScopeId: view.owner.id },
        body: { sufficiency, reasons: reasons.trim(), decision: decision.of(view.owner.id) },
        ifMatch: view.assessmentEtag,
      });
      setSaved(t("ic.year.saved"));
      refresh();
    },
  );
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="committee-assessment-heading" noValidate>
      <h3 id="committee-assessment-heading" className={styles.subheading}>
        {t("ic.year.assess", { owner: view.owner.name })}
      </h3>
      <Field label={t("ic.oversight.sufficiency")} {...form.fieldProps("body.sufficiency")}>
        <Select value={sufficiency} onChange={(_, d) => setSufficiency(d.value as Sufficiency)}>
          {sufficiencies.map((s) => (
            <option key={s} value={s}>
              {t(`ic.sufficiency.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("ic.oversight.reasons")} required {...form.fieldProps("body.reasons")}>
        <Textarea value={reasons} maxLength={4000} onChange={(_, d) => setReasons(d.value)} />
      </Field>
      <DecisionDateFields decision={decision} field={form.fieldProps} path="body.decision" />
      <FormFooter form={form} submit={t("ic.oversight.saveAssessment")} />
      <SuccessNotice message={saved} />
    </form>
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
