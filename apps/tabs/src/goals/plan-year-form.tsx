import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import { type PlanYear, planYearCreateRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { FormFooter } from "../shared/form-footer.js";
import { keyOf } from "../shared/key-of.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

/**
 * A new plan year, continued from an earlier one: its vision and strategic areas to start
 * from, and its goals and indicators copied forward (each copy linked to the one it continues).
 */
export function PlanYearForm({ api, years, onCreated }: { api: ApiClient; years: readonly PlanYear[]; onCreated: (y: PlanYear) => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const newest = [...years].sort((a, b) => b.year - a.year)[0];
  const [year, setYear] = useState(String((newest?.year ?? new Date().getFullYear()) + 1));
  const [vision, setVision] = useState(newest?.vision ?? "");
  const [areas, setAreas] = useState((newest?.areas ?? []).map((a) => a.name).join("\n"));
  const [copyFrom, setCopyFrom] = useState(newest?.id ?? "");
  const areaNames = areas
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);
  const form = useFormSubmit(
    ["body.year", "body.vision", "body.areas"],
    { "body.year": year.trim() !== "", "body.vision": vision.trim() !== "", "body.areas": areaNames.length > 0 },
    async () => {
      // An area kept from the year copied keeps its id, so copied goals stay in it.
      const source = years.find((y) => y.id === copyFrom);
      const { data } = await api.call(planYearCreateRoute, {
        body: {
          year: Number(year),
          vision: vision.trim(),
          areas: areaNames.map((name) => {
            const kept = source?.areas.find((a) => a.name === name);
            return kept ? { ...kept } : { id: keyOf(name, "omrade"), name, kind: "strategicArea" as const };
          }),
          ...(copyFrom ? { copyGoalsFrom: copyFrom } : {}),
        },
      });
      onCreated(data);
    },
  );

  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="plan-year-heading" noValidate>
      <h2 id="plan-year-heading" className={styles.subheading}>
        {t("planning.newYear")}
      </h2>
      <Field label={t("planning.year")} required {...form.fieldProps("body.year")}>
        <Input type="number" min={2000} max={2100} value={year} onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Field label={t("planning.vision")} required {...form.fieldProps("body.vision")}>
        <Textarea value={vision} maxLength={500} onChange={(_, d) => setVision(d.value)} />
      </Field>
      <Field label={t("planning.areas")} hint={t("planning.areasHint")} required {...form.fieldProps("body.areas")}>
        <Textarea value={areas} rows={5} onChange={(_, d) => setAreas(d.value)} />
      </Field>
      <Field label={t("planning.copyFrom")}>
        <Select value={copyFrom} onChange={(_, d) => setCopyFrom(d.value)}>
          <option value="">{t("planning.copyNone")}</option>
          {years.map((y) => (
            <option key={y.id} value={y.id}>
              {t("planning.copyYear", { year: String(y.year) })}
            </option>
          ))}
        </Select>
      </Field>
      <FormFooter form={form} submit={t("planning.create")} />
    </form>
  );
}
