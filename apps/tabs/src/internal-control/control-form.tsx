import { Field, Input } from "@fluentui/react-components";
import { type CommitteeInternalControlView, type ControlFrequency, type ControlMethod, controlCreateRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { CheckboxGroup } from "../shared/checkbox-group.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DecisionDateFields, useDecisionDate } from "../shared/decision-fields.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { useActivePeople } from "../shared/people-choices.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { FrequencyField, MethodField, PeriodsField } from "./plan-fields.js";
import { useRefreshInternalControl } from "./risk-form.js";

/** Adds a control to the plan; once the plan is adopted, with the decision that amends it. */
export function ControlForm({ api, view, onDone }: { api: ApiClient; view: CommitteeInternalControlView; onDone: () => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshInternalControl();
  const people = useActivePeople(api);
  const adopted = view.plan.adopted !== null;
  const [title, setTitle] = useState("");
  const [method, setMethod] = useState<ControlMethod>("sample");
  const [frequency, setFrequency] = useState<ControlFrequency>("twiceYearly");
  const [scope, setScope] = useState("");
  const [responsiblePersonId, setResponsible] = useState("");
  const [periodIds, setPeriodIds] = useState<string[]>([]);
  const [riskIds, setRiskIds] = useState<string[]>([]);
  const [reportTo, setReportTo] = useState(view.owner.name);
  const amendment = useDecisionDate();
  const form = useFormSubmit(
    [
      "body.title",
      "body.method",
      "body.frequency",
      "body.scope",
      "body.responsiblePersonId",
      "body.periodIds",
      "body.riskIds",
      "body.reportTo",
      "body.amendment.date",
      "body.amendment.paragraph",
    ],
    {
      "body.title": title.trim() !== "",
      "body.responsiblePersonId": responsiblePersonId !== "",
      ...(adopted ? amendment.required("body.amendment") : {}),
    },
    async () => {
      await api.call(controlCreateRoute, {
        body: {
          planYearId: view.planYearId,
          ownerScopeId: view.owner.id,
          title: title.trim(),
          method,
          frequency,
          scope: scope.trim(),
          responsiblePersonId,
          periodIds,
          riskIds,
          reportTo: reportTo.trim(),
          ...(adopted ? { amendment: amendment.of(view.owner.id) } : {}),
        },
      });
      refresh();
      onDone();
    },
  );
  const field = form.fieldProps;
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="control-form-heading" noValidate>
      <h2 id="control-form-heading" className={styles.subheading}>
        {t("ic.control.add")}
      </h2>
      {people.error !== null && <ErrorMessage error={people.error} onRetry={people.retry} />}
      <Field label={t("ic.control.title")} hint={t("ic.control.titleHint")} required {...field("body.title")}>
        <Input value={title} maxLength={200} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <MethodField value={method} onChange={setMethod} field={field} />
      <FrequencyField value={frequency} onChange={setFrequency} field={field} />
      <Field label={t("ic.control.scope")} hint={t("ic.control.scopeHint")} {...field("body.scope")}>
        <Input value={scope} maxLength={200} onChange={(_, d) => setScope(d.value)} />
      </Field>
      <ChoiceField
        label={t("ic.control.responsible")}
        value={responsiblePersonId}
        choices={people.choices}
        all={t("ic.risk.choose")}
        onChange={setResponsible}
        validation={field("body.responsiblePersonId")}
      />
      <PeriodsField periods={view.periods} value={periodIds} onChange={setPeriodIds} message={form.messageFor("body.periodIds")} />
      {view.risks.length > 0 && (
        <CheckboxGroup
          legend={t("ic.control.risks")}
          choices={view.risks.map((r) => ({ id: r.id, name: r.title }))}
          value={riskIds}
          onChange={setRiskIds}
          message={form.messageFor("body.riskIds")}
          path="body.riskIds"
        />
      )}
      <Field label={t("ic.control.reportTo")} {...field("body.reportTo")}>
        <Input value={reportTo} maxLength={200} onChange={(_, d) => setReportTo(d.value)} />
      </Field>
      {adopted && (
        <fieldset className={styles.form} style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>{t("ic.control.amendment", { owner: view.owner.name })}</legend>
          <DecisionDateFields decision={amendment} field={field} path="body.amendment" />
        </fieldset>
      )}
      <FormFooter form={form} submit={t("ic.control.submit")} />
    </form>
  );
}
