import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import {
  type Capability,
  capabilities,
  criticalFunctionCreateRoute,
  dependencyKinds,
  documentsListRoute,
  type RsaView,
  rsaGetRoute,
  rsaMeasureCreateRoute,
  rsaRiskCreateRoute,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useInvalidate, useRead } from "../shared/api/queries.js";
import { CheckboxGroup } from "../shared/checkbox-group.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DateField } from "../shared/date-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { useActivePeople } from "../shared/people-choices.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { ScoreFields } from "./risk-form.js";

type Owned = RsaView & { owner: NonNullable<RsaView["owner"]> };

/** The continuity plans of the register, to link a function to. */
function useContinuityPlans(api: ApiClient) {
  const read = useRead(api, documentsListRoute, { query: { typeKey: "kontinuitetsplan" } });
  return (read.data?.documents ?? []).map((d) => ({ id: d.id, name: d.title }));
}

/** A critical function: what it depends on, how long it may be out, its capability and continuity plan. */
export function FunctionForm({ api, view, onDone }: { api: ApiClient; view: Owned; onDone: () => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const plans = useContinuityPlans(api);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [dependencies, setDependencies] = useState<string[]>([]);
  const [hours, setHours] = useState("");
  const [capability, setCapability] = useState<Capability | "">("");
  const [continuityPlanId, setPlan] = useState("");
  const form = useFormSubmit(
    ["body.name", "body.description", "body.dependencies", "body.tolerableOutageHours", "body.capability", "body.continuityPlanId"],
    { "body.name": name.trim() !== "", "body.tolerableOutageHours": hours.trim() !== "" },
    async () => {
      await api.call(criticalFunctionCreateRoute, {
        body: {
          planYearId: view.planYearId,
          ownerScopeId: view.owner.id,
          name: name.trim(),
          description: description.trim(),
          dependencies: dependencies.map((kind) => ({ kind: kind as (typeof dependencyKinds)[number] })),
          tolerableOutageHours: /^\d+$/.test(hours.trim()) ? Number(hours) : Number.NaN,
          capability: capability || null,
          continuityPlanId: continuityPlanId || null,
        },
      });
      await invalidate(rsaGetRoute);
      onDone();
    },
  );
  const field = form.fieldProps;
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="function-form-heading" noValidate>
      <h3 id="function-form-heading" className={styles.subheading}>
        {t("ic.rsa.addFunction")}
      </h3>
      <Field label={t("ic.rsa.function")} hint={t("ic.rsa.functionHint")} required {...field("body.name")}>
        <Input value={name} maxLength={200} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t("ic.risk.description")} {...field("body.description")}>
        <Textarea value={description} maxLength={4000} onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <CheckboxGroup
        legend={t("ic.rsa.dependencies")}
        choices={dependencyKinds.map((k) => ({ id: k, name: t(`ic.rsa.dependency.${k}`) }))}
        value={dependencies}
        onChange={setDependencies}
        message={form.messageFor("body.dependencies")}
        path="body.dependencies"
      />
      <Field label={t("ic.rsa.outage")} hint={t("ic.rsa.outageHint")} required {...field("body.tolerableOutageHours")}>
        <Input inputMode="numeric" value={hours} onChange={(_, d) => setHours(d.value)} />
      </Field>
      <Field label={t("ic.rsa.capability")} {...field("body.capability")}>
        <Select value={capability} onChange={(_, d) => setCapability(d.value as Capability | "")}>
          <option value="">{t("ic.rsa.notAssessed")}</option>
          {capabilities.map((c) => (
            <option key={c} value={c}>
              {t(`ic.capability.${c}`)}
            </option>
          ))}
        </Select>
      </Field>
      <ChoiceField
        label={t("ic.rsa.continuityPlan")}
        value={continuityPlanId}
        choices={plans}
        all={t("ic.rsa.noPlan")}
        onChange={setPlan}
        validation={field("body.continuityPlanId")}
      />
      <FormFooter form={form} submit={t("ic.rsa.submitFunction")} />
    </form>
  );
}

/** A threat or hazard, the vulnerability it meets and the function it threatens, on the scale. */
export function ThreatForm({ view, api, onDone }: { api: ApiClient; view: Owned; onDone: () => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const [threat, setThreat] = useState("");
  const [vulnerability, setVulnerability] = useState("");
  const [functionId, setFunctionId] = useState("");
  const [probability, setProbability] = useState("");
  const [consequence, setConsequence] = useState("");
  const form = useFormSubmit(
    ["body.threat", "body.vulnerability", "body.functionId", "body.probability", "body.consequence"],
    { "body.threat": threat.trim() !== "", "body.probability": probability !== "", "body.consequence": consequence !== "" },
    async () => {
      await api.call(rsaRiskCreateRoute, {
        body: {
          planYearId: view.planYearId,
          ownerScopeId: view.owner.id,
          threat: threat.trim(),
          vulnerability: vulnerability.trim(),
          functionId: functionId || null,
          probability: Number(probability),
          consequence: Number(consequence),
        },
      });
      await invalidate(rsaGetRoute);
      onDone();
    },
  );
  const field = form.fieldProps;
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="threat-form-heading" noValidate>
      <h3 id="threat-form-heading" className={styles.subheading}>
        {t("ic.rsa.addThreat")}
      </h3>
      <Field label={t("ic.rsa.threat")} hint={t("ic.rsa.threatHint")} required {...field("body.threat")}>
        <Input value={threat} maxLength={200} onChange={(_, d) => setThreat(d.value)} />
      </Field>
      <Field label={t("ic.rsa.vulnerability")} {...field("body.vulnerability")}>
        <Textarea value={vulnerability} maxLength={2000} onChange={(_, d) => setVulnerability(d.value)} />
      </Field>
      <ChoiceField
        label={t("ic.rsa.functionThreatened")}
        value={functionId}
        choices={view.functions.map((f) => ({ id: f.id, name: f.name }))}
        all={t("ic.rsa.noFunction")}
        onChange={setFunctionId}
        validation={field("body.functionId")}
      />
      <ScoreFields
        matrix={view.matrix}
        probability={probability}
        consequence={consequence}
        onProbability={setProbability}
        onConsequence={setConsequence}
        field={field}
      />
      <FormFooter form={form} submit={t("ic.rsa.submitThreat")} />
    </form>
  );
}

/** A measure: what strengthens a function or reduces a threat, by whom, by when. */
export function MeasureForm({ view, api, onDone }: { api: ApiClient; view: Owned; onDone: () => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const people = useActivePeople(api);
  const [what, setWhat] = useState("");
  const [functionId, setFunctionId] = useState("");
  const [ownerPersonId, setOwner] = useState("");
  const [dueOn, setDueOn] = useState("");
  const form = useFormSubmit(
    ["body.what", "body.functionId", "body.ownerPersonId", "body.dueOn"],
    { "body.what": what.trim() !== "", "body.ownerPersonId": ownerPersonId !== "", "body.dueOn": dueOn !== "" },
    async () => {
      await api.call(rsaMeasureCreateRoute, {
        body: {
          planYearId: view.planYearId,
          ownerScopeId: view.owner.id,
          what: what.trim(),
          functionId: functionId || null,
          ownerPersonId,
          dueOn,
        },
      });
      await invalidate(rsaGetRoute);
      onDone();
    },
  );
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="measure-form-heading" noValidate>
      <h3 id="measure-form-heading" className={styles.subheading}>
        {t("ic.rsa.addMeasure")}
      </h3>
      {people.error !== null && <ErrorMessage error={people.error} onRetry={people.retry} />}
      <Field label={t("ic.rsa.measure")} required {...form.fieldProps("body.what")}>
        <Input value={what} maxLength={300} onChange={(_, d) => setWhat(d.value)} />
      </Field>
      <ChoiceField
        label={t("ic.rsa.functionThreatened")}
        value={functionId}
        choices={view.functions.map((f) => ({ id: f.id, name: f.name }))}
        all={t("ic.rsa.noFunction")}
        onChange={setFunctionId}
        validation={form.fieldProps("body.functionId")}
      />
      <ChoiceField
        label={t("ic.action.owner")}
        value={ownerPersonId}
        choices={people.choices}
        all={t("ic.risk.choose")}
        onChange={setOwner}
        validation={form.fieldProps("body.ownerPersonId")}
      />
      <Field label={t("ic.action.dueOn")} required {...form.fieldProps("body.dueOn")}>
        <DateField value={dueOn} onChange={setDueOn} />
      </Field>
      <FormFooter form={form} submit={t("ic.rsa.submitMeasure")} />
    </form>
  );
}
