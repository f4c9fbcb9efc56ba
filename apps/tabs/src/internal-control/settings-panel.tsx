import { Button, Field, Input, Spinner, Text, Textarea } from "@fluentui/react-components";
import {
  type InternalControlSettings,
  internalControlSettingsGetRoute,
  internalControlSettingsUpdateRoute,
  type ScaleStep,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead, useSetRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { keyOf } from "../shared/key-of.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

type Axis = "probability" | "consequence";

/** Administration's panel for the municipality's risk scale and risk categories. */
export function InternalControlSettingsPanel({ api }: { api: ApiClient }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const read = useRead(api, internalControlSettingsGetRoute);
  const setRead = useSetRead();
  // Kept here, not in the form: a save starts the form again from the saved version.
  const [saved, setSaved] = useState<string | null>(null);
  const { error, retry } = failureOf(read);
  if (error !== null) return <ErrorMessage error={error} onRetry={retry} />;
  if (!read.data) return <Spinner label={t("app.loading")} />;
  return (
    <section className={styles.card}>
      <SuccessNotice message={saved} />
      <SettingsForm
        // A saved version starts the form again from what was saved.
        key={read.data.etag}
        api={api}
        settings={read.data}
        onSaved={(s) => {
          setSaved(t("ic.settings.saved"));
          setRead(internalControlSettingsGetRoute, {}, s);
        }}
      />
    </section>
  );
}

function SettingsForm({
  api,
  settings,
  onSaved,
}: {
  api: ApiClient;
  settings: InternalControlSettings;
  onSaved: (s: InternalControlSettings) => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [steps, setSteps] = useState<Record<Axis, ScaleStep[]>>({
    probability: settings.riskScale.probability,
    consequence: settings.riskScale.consequence,
  });
  const [thresholds, setThresholds] = useState({
    medium: String(settings.riskScale.thresholds.medium),
    high: String(settings.riskScale.thresholds.high),
    veryHigh: String(settings.riskScale.thresholds.veryHigh),
  });
  const [categories, setCategories] = useState(settings.categories.map((c) => c.name).join("\n"));
  const form = useFormSubmit(
    ["body.riskScale.probability", "body.riskScale.consequence", "body.riskScale.thresholds", "body.categories"],
    { "body.categories": categories.trim() !== "" },
    async () => {
      const names = categories
        .split("\n")
        .map((n) => n.trim())
        .filter(Boolean);
      const { data } = await api.call(internalControlSettingsUpdateRoute, {
        body: {
          riskScale: {
            ...steps,
            thresholds: { medium: Number(thresholds.medium), high: Number(thresholds.high), veryHigh: Number(thresholds.veryHigh) },
          },
          // A category kept by name keeps its key, so risks already in it stay there.
          categories: names.map((name) => settings.categories.find((c) => c.name === name) ?? { key: keyOf(name, "kategori"), name }),
        },
        ifMatch: settings.etag,
      });
      onSaved(data);
    },
  );
  const setLabel = (axis: Axis, i: number, label: string) =>
    setSteps((s) => ({ ...s, [axis]: s[axis].map((step, j) => (j === i ? { ...step, label } : step)) }));
  const max = steps.probability.length * steps.consequence.length;
  const threshold = (key: keyof typeof thresholds) => (
    <Input type="number" min={2} max={max} value={thresholds[key]} onChange={(_, d) => setThresholds((x) => ({ ...x, [key]: d.value }))} />
  );

  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="ic-settings-heading" noValidate>
      <h2 id="ic-settings-heading" className={styles.subheading}>
        {t("ic.settings.title")}
      </h2>
      <Text>{t("ic.settings.intro")}</Text>
      {(["probability", "consequence"] as const).map((axis) => (
        <fieldset key={axis} className={styles.stack} data-field={`body.riskScale.${axis}`}>
          <legend className={styles.subheading}>{t(`ic.settings.${axis}`)}</legend>
          {steps[axis].map((step, i) => (
            <Field key={step.value} label={t("ic.settings.step", { value: String(step.value) })}>
              <Input value={step.label} maxLength={60} onChange={(_, d) => setLabel(axis, i, d.value)} />
            </Field>
          ))}
          {form.messageFor(`body.riskScale.${axis}`) && <Text role="alert">{form.messageFor(`body.riskScale.${axis}`)}</Text>}
          <div className={styles.row} style={{ justifyContent: "flex-start" }}>
            <Button
              disabled={steps[axis].length >= 10}
              onClick={() =>
                setSteps((s) => ({
                  ...s,
                  [axis]: [...s[axis], { value: s[axis].length + 1, label: t("ic.settings.newStep"), description: "" }],
                }))
              }
            >
              {t("ic.settings.addStep", { axis: t(`ic.settings.${axis}`) })}
            </Button>
            <Button disabled={steps[axis].length <= 2} onClick={() => setSteps((s) => ({ ...s, [axis]: s[axis].slice(0, -1) }))}>
              {t("ic.settings.removeStep", { axis: t(`ic.settings.${axis}`) })}
            </Button>
          </div>
        </fieldset>
      ))}
      <fieldset className={styles.stack}>
        <legend className={styles.subheading}>{t("ic.settings.thresholds")}</legend>
        <Text>{t("ic.settings.thresholdsHint", { max: String(max) })}</Text>
        <Field label={t("ic.settings.medium")} {...form.fieldProps("body.riskScale.thresholds")}>
          {threshold("medium")}
        </Field>
        <Field label={t("ic.settings.high")}>{threshold("high")}</Field>
        <Field label={t("ic.settings.veryHigh")}>{threshold("veryHigh")}</Field>
      </fieldset>
      <Field label={t("ic.settings.categories")} hint={t("ic.settings.categoriesHint")} required {...form.fieldProps("body.categories")}>
        <Textarea rows={8} value={categories} onChange={(_, d) => setCategories(d.value)} />
      </Field>
      <FormFooter form={form} submit={t("ic.settings.save")} />
    </form>
  );
}
