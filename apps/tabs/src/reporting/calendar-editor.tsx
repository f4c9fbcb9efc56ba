import { Button, Field, Input, Select } from "@fluentui/react-components";
import { calendarUpdateRoute, type PeriodKind, type PlanYear } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { FormFooter } from "../shared/form-footer.js";
import { periodName } from "../shared/period-name.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

interface Row {
  /** The row's key on this screen; a new period's id is made when it is saved. */
  readonly key: string;
  /** Null for a period not yet saved. */
  readonly id: string | null;
  readonly kind: PeriodKind;
  readonly endsOn: string;
  readonly deadline: string;
  readonly locked: boolean;
}

const kinds: readonly PeriodKind[] = ["month", "interim", "annual"];

/** A new period's id from its kind and end: "interim-2027-04-30". */
const newId = (kind: PeriodKind, endsOn: string, taken: readonly string[]) => {
  const base = `${kind}-${endsOn}`;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
};

/** The periods as the API takes them, a new one given an id no other period has. */
function withIds(rows: readonly Row[]) {
  const taken = rows.flatMap((r) => (r.id ? [r.id] : []));
  return rows.map(({ id, kind, endsOn, deadline }) => {
    const given = id ?? newId(kind, endsOn, taken);
    taken.push(given);
    return { id: given, kind, endsOn, deadline };
  });
}

/** The reporting calendar of a plan year: each period's kind, end and deadline; a locked period stays as it is. */
export function CalendarEditor({ api, year, onSaved }: { api: ApiClient; year: PlanYear; onSaved: (y: PlanYear) => void }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const [rows, setRows] = useState<Row[]>(() =>
    year.periods.map((p) => ({ key: p.id, id: p.id, kind: p.kind, endsOn: p.endsOn, deadline: p.deadline, locked: p.lockedAt !== null })),
  );
  const change = (index: number, patch: Partial<Row>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const required = Object.fromEntries(
    rows.flatMap((r, i) => [
      [`body.periods.${i}.endsOn`, r.endsOn !== ""],
      [`body.periods.${i}.deadline`, r.deadline !== ""],
    ]),
  );
  const paths = rows.flatMap((_, i) => [`body.periods.${i}.endsOn`, `body.periods.${i}.deadline`]);
  const form = useFormSubmit(["body.periods", ...paths], required, async () => {
    const { data } = await api.call(calendarUpdateRoute, {
      params: { id: year.id },
      body: { periods: withIds(rows) },
      ifMatch: year.etag,
    });
    onSaved(data);
  });

  return (
    <form className={styles.stack} onSubmit={form.submit} aria-labelledby="calendar-heading" noValidate>
      <h2 id="calendar-heading" className={styles.subheading}>
        {t("calendar.title", { year: String(year.year) })}
      </h2>
      <ul className={styles.list}>
        {rows.map((r, i) => {
          const name = r.endsOn ? periodName(r, language) : t("calendar.newPeriod");
          return (
            <li key={r.key} className={styles.card}>
              <fieldset className={styles.row} style={{ border: 0, padding: 0, margin: 0, justifyContent: "flex-start" }}>
                <legend className={styles.wrap} style={{ fontWeight: 600 }}>
                  {name}
                  {r.locked ? ` (${t("calendar.locked")})` : ""}
                </legend>
                <Field label={t("calendar.kind")}>
                  <Select value={r.kind} disabled={r.locked} onChange={(_, d) => change(i, { kind: d.value as PeriodKind })}>
                    {kinds.map((k) => (
                      <option key={k} value={k}>
                        {t(`calendar.kind.${k}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={t("calendar.endsOn")} {...form.fieldProps(`body.periods.${i}.endsOn`)}>
                  <Input type="date" value={r.endsOn} disabled={r.locked} onChange={(_, d) => change(i, { endsOn: d.value })} />
                </Field>
                <Field label={t("calendar.deadline")} {...form.fieldProps(`body.periods.${i}.deadline`)}>
                  <Input type="date" value={r.deadline} disabled={r.locked} onChange={(_, d) => change(i, { deadline: d.value })} />
                </Field>
                {!r.locked && (
                  <Button aria-label={t("calendar.removePeriod", { name })} onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
                    {t("calendar.remove")}
                  </Button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <div>
        <Button
          onClick={() =>
            setRows((all) => [
              ...all,
              { key: `new-${all.length}-${Date.now()}`, id: null, kind: "interim", endsOn: "", deadline: "", locked: false },
            ])
          }
        >
          {t("calendar.addPeriod")}
        </Button>
      </div>
      <FormFooter form={form} submit={t("calendar.saveCalendar")} />
    </form>
  );
}
