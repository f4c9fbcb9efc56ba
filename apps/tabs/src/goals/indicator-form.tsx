import { Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { type Indicator, indicatorCreateRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { FormFooter } from "../shared/form-footer.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { KoladaKpiPicker } from "./kolada-kpi-picker.js";

type Direction = "higherIsBetter" | "lowerIsBetter";
type Periodicity = "month" | "interim" | "year";
type SourceKind = "manual" | "kolada" | "import";

/** A number field's value: a number, or null when empty (the API names a malformed one). */
const numberOrNull = (s: string): number | null => (s.trim() === "" ? null : Number(s.replace(",", ".")));

/** Adds an indicator (nyckeltal) to a goal: what it counts, which way is better, how often, its source, range, target and baseline. */
export function IndicatorForm({
  api,
  goalId,
  planYear,
  onAdded,
}: {
  api: ApiClient;
  goalId: string;
  planYear: number;
  onAdded: (i: Indicator) => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [title, setTitle] = useState("");
  const [unit, setUnit] = useState("");
  const [direction, setDirection] = useState<Direction>("higherIsBetter");
  const [periodicity, setPeriodicity] = useState<Periodicity>("year");
  const [source, setSource] = useState<SourceKind>("manual");
  const [kpiId, setKpiId] = useState("");
  const [splitByGender, setSplitByGender] = useState(false);
  const [min, setMin] = useState("0");
  const [max, setMax] = useState("100");
  const [target, setTarget] = useState("");
  const [baseline, setBaseline] = useState("");
  const paths = [
    "body.title",
    "body.unit",
    "body.source.kpiId",
    "body.range",
    "body.range.min",
    "body.range.max",
    "body.target",
    "body.baseline",
    "body.baseline.value",
  ];
  const form = useFormSubmit(
    paths,
    { "body.title": title.trim() !== "", "body.unit": unit.trim() !== "", "body.source.kpiId": source !== "kolada" || kpiId.trim() !== "" },
    async () => {
      const baselineValue = numberOrNull(baseline);
      const { data } = await api.call(indicatorCreateRoute, {
        body: {
          goalId,
          title: title.trim(),
          unit: unit.trim(),
          direction,
          periodicity,
          source: source === "kolada" ? { kind: "kolada", kpiId: kpiId.trim().toUpperCase() } : { kind: source },
          splitByGender,
          range: { min: Number(min.replace(",", ".")), max: Number(max.replace(",", ".")) },
          target: numberOrNull(target),
          baseline: baselineValue === null ? null : { year: planYear - 1, value: baselineValue },
        },
      });
      setTitle("");
      setKpiId("");
      setTarget("");
      setBaseline("");
      onAdded(data);
    },
  );
  const number = (value: string, set: (v: string) => void) => <Input inputMode="decimal" value={value} onChange={(_, d) => set(d.value)} />;
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="indicator-heading" noValidate>
      <h2 id="indicator-heading" className={styles.subheading}>
        {t("goals.indicatorForm.title")}
      </h2>
      <Field label={t("goals.indicatorForm.name")} required {...form.fieldProps("body.title")}>
        <Input value={title} maxLength={300} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t("goals.indicatorForm.unit")} hint={t("goals.indicatorForm.unitHint")} required {...form.fieldProps("body.unit")}>
        <Input value={unit} maxLength={40} onChange={(_, d) => setUnit(d.value)} />
      </Field>
      <Field label={t("goals.indicatorForm.direction")}>
        <Select value={direction} onChange={(_, d) => setDirection(d.value as Direction)}>
          <option value="higherIsBetter">{t("goals.higherIsBetter")}</option>
          <option value="lowerIsBetter">{t("goals.lowerIsBetter")}</option>
        </Select>
      </Field>
      <Field label={t("goals.indicatorForm.periodicity")}>
        <Select value={periodicity} onChange={(_, d) => setPeriodicity(d.value as Periodicity)}>
          {(["month", "interim", "year"] as const).map((p) => (
            <option key={p} value={p}>
              {t(`goals.indicatorForm.periodicity.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("goals.indicatorForm.source")}>
        <Select value={source} onChange={(_, d) => setSource(d.value as SourceKind)}>
          {(["manual", "kolada", "import"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`goals.indicatorForm.source.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      {source === "kolada" && (
        <KoladaKpiPicker
          api={api}
          onPick={(kpi) => {
            setKpiId(kpi.id);
            if (title.trim() === "") setTitle(kpi.title);
            setSplitByGender(kpi.dividedByGender);
          }}
        />
      )}
      {source === "kolada" && (
        <Field
          label={t("goals.indicatorForm.kpi")}
          hint={t("goals.indicatorForm.kpiHint")}
          required
          {...form.fieldProps("body.source.kpiId")}
        >
          <Input value={kpiId} maxLength={6} onChange={(_, d) => setKpiId(d.value)} />
        </Field>
      )}
      <Checkbox
        checked={splitByGender}
        onChange={(_, d) => setSplitByGender(d.checked === true)}
        label={t("goals.indicatorForm.byGender")}
      />
      <Field label={t("goals.indicatorForm.min")} {...form.fieldProps("body.range.min")}>
        {number(min, setMin)}
      </Field>
      <Field label={t("goals.indicatorForm.max")} {...form.fieldProps("body.range.max")}>
        {number(max, setMax)}
      </Field>
      <Field label={t("goals.indicatorForm.target", { year: String(planYear) })} {...form.fieldProps("body.target")}>
        {number(target, setTarget)}
      </Field>
      <Field label={t("goals.indicatorForm.baseline", { year: String(planYear - 1) })} {...form.fieldProps("body.baseline.value")}>
        {number(baseline, setBaseline)}
      </Field>
      <FormFooter form={form} submit={t("goals.indicatorForm.submit")} />
    </form>
  );
}
