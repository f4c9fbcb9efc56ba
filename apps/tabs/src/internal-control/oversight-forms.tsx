import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import {
  type ControlFrequency,
  type ControlMethod,
  commonControlCreateRoute,
  internalControlOversightAssessRoute,
  type OversightAssessment,
  type OversightAssessmentBody,
  type OversightRow,
  type ReportingPeriod,
  type Sufficiency,
  sufficiencies,
} from "@kvalitetskedjan/domain";
import { useId, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { DecisionDateFields, useDecisionDate } from "../shared/decision-fields.js";
import { FormFooter } from "../shared/form-footer.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { FrequencyField, MethodField, PeriodsField } from "./plan-fields.js";
import { useRefreshInternalControl } from "./risk-form.js";

/**
 * A yearly assessment of a committee's internal control — sufficient, partly or not, with
 * reasons — recorded as a decision of `bodyId`: the committee's own, or the executive board's.
 */
export function SufficiencyForm({
  heading,
  initial,
  bodyId,
  savedMessage,
  save,
}: {
  heading: string;
  initial: OversightAssessment | null;
  bodyId: string;
  savedMessage: string;
  save: (body: OversightAssessmentBody) => Promise<void>;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshInternalControl();
  const headingId = useId();
  const [sufficiency, setSufficiency] = useState<Sufficiency>(initial?.sufficiency ?? "sufficient");
  const [reasons, setReasons] = useState(initial?.reasons ?? "");
  const decision = useDecisionDate(initial?.decision);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormSubmit(
    ["body.sufficiency", "body.reasons", "body.decision.date", "body.decision.paragraph", "body.decision.bodyId"],
    { "body.reasons": reasons.trim() !== "", ...decision.required("body.decision") },
    async () => {
      await save({ sufficiency, reasons: reasons.trim(), decision: decision.of(bodyId) });
      setSaved(savedMessage);
      refresh();
    },
  );
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby={headingId} noValidate>
      <h3 id={headingId} className={styles.subheading}>
        {heading}
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

/** The executive board's yearly assessment of one committee's internal control, as its decision. */
export function AssessForm({ api, planYearId, row, boardId }: { api: ApiClient; planYearId: string; row: OversightRow; boardId: string }) {
  const { t } = useI18n();
  return (
    <SufficiencyForm
      heading={t("ic.oversight.assessOne", { owner: row.owner.name })}
      initial={row.assessment}
      bodyId={boardId}
      savedMessage={t("ic.oversight.assessed", { owner: row.owner.name })}
      save={async (body) =>
        void (await api.call(internalControlOversightAssessRoute, {
          params: { id: planYearId, ownerScopeId: row.owner.id },
          body,
          ifMatch: row.assessmentEtag,
        }))
      }
    />
  );
}

/** The executive board's common control: added to every committee's and company's plan at once, by its decision. */
export function CommonControlForm({
  api,
  planYearId,
  periods,
  boardId,
  onDone,
}: {
  api: ApiClient;
  planYearId: string;
  periods: readonly ReportingPeriod[];
  boardId: string;
  onDone: () => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshInternalControl();
  const [title, setTitle] = useState("");
  const [method, setMethod] = useState<ControlMethod>("sample");
  const [frequency, setFrequency] = useState<ControlFrequency>("twiceYearly");
  const [scope, setScope] = useState("");
  const [periodIds, setPeriodIds] = useState<string[]>([]);
  const decision = useDecisionDate();
  const form = useFormSubmit(
    ["body.title", "body.method", "body.frequency", "body.scope", "body.periodIds", "body.decision.date", "body.decision.paragraph"],
    { "body.title": title.trim() !== "", ...decision.required("body.decision") },
    async () => {
      await api.call(commonControlCreateRoute, {
        body: {
          planYearId,
          title: title.trim(),
          method,
          frequency,
          scope: scope.trim(),
          periodIds,
          reportTo: t("ic.common.reportTo"),
          decision: decision.of(boardId),
        },
      });
      refresh();
      onDone();
    },
  );
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="common-heading" noValidate>
      <h3 id="common-heading" className={styles.subheading}>
        {t("ic.common.title")}
      </h3>
      <Field label={t("ic.control.title")} required {...form.fieldProps("body.title")}>
        <Input value={title} maxLength={200} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <MethodField value={method} onChange={setMethod} field={form.fieldProps} />
      <FrequencyField value={frequency} onChange={setFrequency} field={form.fieldProps} />
      <Field label={t("ic.control.scope")} {...form.fieldProps("body.scope")}>
        <Input value={scope} maxLength={200} onChange={(_, d) => setScope(d.value)} />
      </Field>
      <PeriodsField periods={periods} value={periodIds} onChange={setPeriodIds} message={form.messageFor("body.periodIds")} />
      <DecisionDateFields decision={decision} field={form.fieldProps} path="body.decision" />
      <FormFooter form={form} submit={t("ic.common.submit")} />
    </form>
  );
}
