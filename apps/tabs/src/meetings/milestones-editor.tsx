import { Button, Field, Input, Text } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { type AnnualCycle, annualCycleGetRoute, annualCycleMilestonesSaveRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useInvalidate } from "../shared/api/queries.js";
import { DateField } from "../shared/date-field.js";
import { FormFooter } from "../shared/form-footer.js";
import { formatDate } from "../shared/period-name.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

type Milestone = AnnualCycle["milestones"]["items"][number];

/** The budget process's milestones of the year, for the municipality's administrators: added, removed, saved together. */
export function MilestonesEditor({ api, cycle }: { api: ApiClient; cycle: AnnualCycle }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const invalidate = useInvalidate();
  const [items, setItems] = useState<Milestone[]>(cycle.milestones.items);
  const [name, setName] = useState("");
  const [date, setDate] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const fields = ["body.milestones", ...items.map((_, i) => `body.milestones.${i}.date`)];
  const form = useFormSubmit(fields, {}, async () => {
    await api.call(annualCycleMilestonesSaveRoute, {
      params: { year: String(cycle.year) },
      body: { milestones: items },
      ifMatch: cycle.milestones.etag,
    });
    setSaved(t("cycle.milestones.saved"));
    void invalidate(annualCycleGetRoute);
  });
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="milestones-heading" noValidate>
      <h2 id="milestones-heading" className={styles.subheading}>
        {t("cycle.milestones", { year: String(cycle.year) })}
      </h2>
      {items.length === 0 && <Text>{t("cycle.milestones.none")}</Text>}
      <ul className={styles.stack} style={{ margin: 0, paddingInlineStart: "1.25rem" }}>
        {items.map((m, i) => (
          <li key={`${m.date}:${m.name}`}>
            <div className={styles.row} style={{ justifyContent: "flex-start" }}>
              <Text className={styles.wrap}>{`${formatDate(m.date, language)}: ${m.name}`}</Text>
              <Button
                size="small"
                icon={<DeleteRegular />}
                aria-label={t("cycle.milestones.remove", { name: m.name })}
                onClick={() => setItems(items.filter((_, j) => j !== i))}
              />
            </div>
            {form.messageFor(`body.milestones.${i}.date`) && (
              <Text size={200} className={styles.wrap}>
                {form.messageFor(`body.milestones.${i}.date`)}
              </Text>
            )}
          </li>
        ))}
      </ul>
      <Field label={t("cycle.milestones.name")}>
        <Input value={name} maxLength={120} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t("cycle.milestones.date")}>
        <DateField value={date} onChange={setDate} />
      </Field>
      <div>
        <Button
          disabled={name.trim() === "" || date === ""}
          onClick={() => {
            setItems([...items, { name: name.trim(), date }].sort((a, b) => a.date.localeCompare(b.date)));
            setName("");
            setDate("");
          }}
        >
          {t("cycle.milestones.add")}
        </Button>
      </div>
      <FormFooter form={form} submit={t("cycle.milestones.save")} />
      <SuccessNotice message={saved} />
    </form>
  );
}
