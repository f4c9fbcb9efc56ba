import { Button, Checkbox, Field, Input, Select, Textarea } from "@fluentui/react-components";
import {
  type AgeBand,
  type DialogueSettings,
  dialogueSettingsGetRoute,
  dialogueSettingsUpdateRoute,
  type TargetGroup,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useSetRead } from "../shared/api/queries.js";
import { FormFooter } from "../shared/form-footer.js";
import { keyOf } from "../shared/key-of.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useRefreshDialogue } from "./activity-form.js";

type Named = { readonly key: string; readonly name: string };

/** Names one a line back to keyed items: a name kept keeps its key (so what refers to it stays), a new one gets a fresh key. */
function keyed(text: string, current: readonly Named[], fallback: string): Named[] {
  const used = new Set<string>();
  return text
    .split("\n")
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => {
      const kept = current.find((c) => c.name === name && !used.has(c.key));
      let key = kept?.key ?? keyOf(name, fallback);
      for (let i = 2; !kept && used.has(key); i++) key = `${keyOf(name, fallback)}-${i}`;
      used.add(key);
      return { key, name };
    });
}

/** `keyOf(name)`, or with -2, -3… until it is not among `used` (which it joins). */
function freshKey(name: string, fallback: string, used: Set<string>): string {
  const base = keyOf(name, fallback);
  let key = base;
  for (let i = 2; used.has(key); i++) key = `${base}-${i}`;
  used.add(key);
  return key;
}

type GroupDraft = { key: string; name: string; parentKey: string; districtKey: string; ageBandKey: string; population: string };
type BandDraft = { key: string; name: string; from: string; to: string };

/**
 * The quality group's settings for dialogue planning: methods, districts and decisions one a
 * line, age groups and the target groups' taxonomy row by row (each group's population for
 * comparing participants with it), the overlap window, the days to feedback, and whether
 * residents see it all. Breakdowns of a population entered through the API are kept.
 */
export function DialogueSettingsPanel({ api, settings }: { api: ApiClient; settings: DialogueSettings }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const setRead = useSetRead();
  const refresh = useRefreshDialogue();
  const [methods, setMethods] = useState(settings.methods.map((m) => m.name).join("\n"));
  const [districts, setDistricts] = useState(settings.districts.map((d) => d.name).join("\n"));
  const [decisions, setDecisions] = useState(settings.decisions.map((d) => d.name).join("\n"));
  const [bands, setBands] = useState<BandDraft[]>(
    settings.ageBands.map((b) => ({ key: b.key, name: b.name, from: String(b.from), to: b.to === null ? "" : String(b.to) })),
  );
  const [groups, setGroups] = useState<GroupDraft[]>(
    settings.targetGroups.map((g) => ({
      key: g.key,
      name: g.name,
      parentKey: g.parentKey ?? "",
      districtKey: g.districtKey ?? "",
      ageBandKey: g.ageBandKey ?? "",
      population: g.population ? String(g.population.total) : "",
    })),
  );
  const [overlapWeeks, setOverlapWeeks] = useState(String(settings.overlapWeeks));
  const [feedbackDays, setFeedbackDays] = useState(String(settings.feedbackDays));
  const [publish, setPublish] = useState(settings.publish);
  const [saved, setSaved] = useState<string | null>(null);
  const districtList = keyed(districts, settings.districts, "omrade");
  const fields = [
    "body.methods",
    "body.districts",
    "body.decisions",
    "body.ageBands",
    "body.targetGroups",
    "body.overlapWeeks",
    "body.feedbackDays",
  ];
  const form = useFormSubmit(fields, { "body.methods": methods.trim() !== "" }, async () => {
    const bandKeys = new Set(bands.map((b) => b.key).filter(Boolean));
    const ageBands: AgeBand[] = bands.map((b) => ({
      key: b.key || freshKey(b.name, "alder", bandKeys),
      name: b.name.trim(),
      from: Number(b.from),
      to: b.to.trim() === "" ? null : Number(b.to),
    }));
    const groupKeys = new Set(groups.map((g) => g.key).filter(Boolean));
    const targetGroups: TargetGroup[] = groups.map((g) => {
      const before = settings.targetGroups.find((x) => x.key === g.key)?.population;
      return {
        key: g.key || freshKey(g.name, "malgrupp", groupKeys),
        name: g.name.trim(),
        parentKey: g.parentKey || null,
        districtKey: g.districtKey || null,
        ageBandKey: g.ageBandKey || null,
        population:
          g.population.trim() === "" ? null : { byGender: {}, byAgeBand: {}, byDistrict: {}, ...before, total: Number(g.population) },
      };
    });
    const { data } = await api.call(dialogueSettingsUpdateRoute, {
      body: {
        methods: keyed(methods, settings.methods, "metod"),
        districts: districtList,
        decisions: keyed(decisions, settings.decisions, "beslut"),
        ageBands,
        targetGroups,
        overlapWeeks: Number(overlapWeeks),
        feedbackDays: Number(feedbackDays),
        publish,
      },
      ifMatch: settings.etag,
    });
    setRead(dialogueSettingsGetRoute, {}, data);
    setSaved(t("dlg.settings.saved"));
    refresh();
  });
  const setGroup = (i: number, patch: Partial<GroupDraft>) => setGroups(groups.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const setBand = (i: number, patch: Partial<BandDraft>) => setBands(bands.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  const lines = (label: string, value: string, set: (v: string) => void, path: string) => (
    <Field label={label} hint={t("dlg.settings.onePerLine")} {...form.fieldProps(path)}>
      <Textarea rows={5} value={value} onChange={(_, d) => set(d.value)} />
    </Field>
  );
  return (
    <section className={styles.card}>
      <form className={styles.form} onSubmit={form.submit} aria-labelledby="dlg-settings-heading" noValidate>
        <h2 id="dlg-settings-heading" className={styles.subheading}>
          {t("dlg.settings.title")}
        </h2>
        {lines(t("dlg.settings.methods"), methods, setMethods, "body.methods")}
        {lines(t("dlg.settings.districts"), districts, setDistricts, "body.districts")}
        {lines(t("dlg.settings.decisions"), decisions, setDecisions, "body.decisions")}
        <fieldset className={styles.stack} style={{ minWidth: 0 }} data-field="body.ageBands">
          <legend className={styles.subheading}>{t("dlg.settings.ageBands")}</legend>
          {bands.map((b, i) => (
            <fieldset key={b.key || `new-${i}`} className={styles.card}>
              <legend>{t("dlg.settings.ageBand", { n: String(i + 1) })}</legend>
              <Field label={t("dlg.settings.name")} {...form.fieldProps(`body.ageBands.${i}.name`)}>
                <Input value={b.name} maxLength={40} onChange={(_, d) => setBand(i, { name: d.value })} />
              </Field>
              <Field label={t("dlg.settings.from")}>
                <Input type="number" min={0} max={120} value={b.from} onChange={(_, d) => setBand(i, { from: d.value })} />
              </Field>
              <Field label={t("dlg.settings.to")} {...form.fieldProps(`body.ageBands.${i}.to`)}>
                <Input type="number" min={0} max={120} value={b.to} onChange={(_, d) => setBand(i, { to: d.value })} />
              </Field>
              <div>
                <Button onClick={() => setBands(bands.filter((_, j) => j !== i))}>
                  {t("dlg.settings.removeAgeBand", { n: String(i + 1) })}
                </Button>
              </div>
            </fieldset>
          ))}
          <div>
            <Button onClick={() => setBands([...bands, { key: "", name: "", from: "", to: "" }])}>{t("dlg.settings.addAgeBand")}</Button>
          </div>
        </fieldset>
        <fieldset className={styles.stack} style={{ minWidth: 0 }} data-field="body.targetGroups">
          <legend className={styles.subheading}>{t("dlg.settings.groups")}</legend>
          {groups.map((g, i) => (
            <fieldset key={g.key || `new-${i}`} className={styles.card}>
              <legend>{t("dlg.settings.group", { n: String(i + 1) })}</legend>
              <Field label={t("dlg.settings.name")} {...form.fieldProps(`body.targetGroups.${i}.name`)}>
                <Input value={g.name} maxLength={120} onChange={(_, d) => setGroup(i, { name: d.value })} />
              </Field>
              <Field label={t("dlg.settings.parent")} {...form.fieldProps(`body.targetGroups.${i}.parentKey`)}>
                <Select className={styles.fullWidth} value={g.parentKey} onChange={(_, d) => setGroup(i, { parentKey: d.value })}>
                  <option value="">{t("dlg.settings.noParent")}</option>
                  {groups
                    .filter((x) => x.key && x.key !== g.key)
                    .map((x) => (
                      <option key={x.key} value={x.key}>
                        {x.name}
                      </option>
                    ))}
                </Select>
              </Field>
              <Field label={t("dlg.settings.district")} {...form.fieldProps(`body.targetGroups.${i}.districtKey`)}>
                <Select className={styles.fullWidth} value={g.districtKey} onChange={(_, d) => setGroup(i, { districtKey: d.value })}>
                  <option value="">{t("dlg.settings.none")}</option>
                  {districtList.map((d) => (
                    <option key={d.key} value={d.key}>
                      {d.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t("dlg.settings.ageBandOf")} {...form.fieldProps(`body.targetGroups.${i}.ageBandKey`)}>
                <Select className={styles.fullWidth} value={g.ageBandKey} onChange={(_, d) => setGroup(i, { ageBandKey: d.value })}>
                  <option value="">{t("dlg.settings.none")}</option>
                  {bands
                    .filter((b) => b.key)
                    .map((b) => (
                      <option key={b.key} value={b.key}>
                        {b.name}
                      </option>
                    ))}
                </Select>
              </Field>
              <Field label={t("dlg.settings.population")}>
                <Input type="number" min={0} value={g.population} onChange={(_, d) => setGroup(i, { population: d.value })} />
              </Field>
              <div>
                <Button onClick={() => setGroups(groups.filter((_, j) => j !== i))}>
                  {t("dlg.settings.removeGroup", { n: String(i + 1) })}
                </Button>
              </div>
            </fieldset>
          ))}
          <div>
            <Button
              onClick={() => setGroups([...groups, { key: "", name: "", parentKey: "", districtKey: "", ageBandKey: "", population: "" }])}
            >
              {t("dlg.settings.addGroup")}
            </Button>
          </div>
        </fieldset>
        <Field label={t("dlg.settings.overlapWeeks")} {...form.fieldProps("body.overlapWeeks")}>
          <Input type="number" min={1} max={52} value={overlapWeeks} onChange={(_, d) => setOverlapWeeks(d.value)} />
        </Field>
        <Field label={t("dlg.settings.feedbackDays")} {...form.fieldProps("body.feedbackDays")}>
          <Input type="number" min={1} max={365} value={feedbackDays} onChange={(_, d) => setFeedbackDays(d.value)} />
        </Field>
        <Checkbox checked={publish} onChange={(_, d) => setPublish(d.checked === true)} label={t("dlg.settings.publish")} />
        <FormFooter form={form} submit={t("dlg.settings.save")} />
        <SuccessNotice message={saved} />
      </form>
    </section>
  );
}
