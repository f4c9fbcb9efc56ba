import { Button, Field, Input, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular } from "@fluentui/react-icons";
import {
  type ActivityDetail,
  type DialogueSettings,
  dialogueResultsSaveRoute,
  type Gender,
  genders,
  goalsListRoute,
  type QuestionBody,
  type ResultsBody,
} from "@kvalitetskedjan/domain";
import { useId, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";
import { CheckboxGroup } from "../shared/checkbox-group.js";
import { FormFooter } from "../shared/form-footer.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useRefreshDialogue } from "./activity-form.js";
import { fromGroupDraft, type GroupDraft, QuestionGroups, toGroupDraft } from "./question-groups.js";

const useStyles = makeStyles({
  counts: { display: "grid", gap: tokens.spacingHorizontalS, gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))" },
  error: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1 },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
});
const scale = [2, 4, 6, 8] as const;

type Counts = Record<string, string>;
const toCounts = (record: Readonly<Record<string, number | undefined>>): Counts =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === undefined ? "" : String(v)]));
const fromCounts = (counts: Counts): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).flatMap(([k, v]) => (v.trim() === "" ? [] : [[k, Number(v)]])));

/** Number fields for the groups of one breakdown, named at `path` for the API's errors. */
function CountGroup({
  legend,
  groups,
  value,
  onChange,
  path,
  message,
}: {
  legend: string;
  groups: readonly { key: string; name: string }[];
  value: Counts;
  onChange: (v: Counts) => void;
  path: string;
  message: string | null;
}) {
  const local = useStyles();
  const errorId = useId();
  if (groups.length === 0) return null;
  return (
    <fieldset className={local.fieldset} data-field={path} {...(message ? { "aria-describedby": errorId } : {})}>
      <legend>{legend}</legend>
      {message && (
        <Text id={errorId} size={200} className={`${local.error}`}>
          <ErrorCircleRegular aria-hidden="true" />
          {message}
        </Text>
      )}
      <div className={local.counts}>
        {groups.map((g) => (
          <Field key={g.key} label={g.name}>
            <Input
              type="number"
              min={0}
              step={1}
              value={value[g.key] ?? ""}
              onChange={(_, d) => onChange({ ...value, [g.key]: d.value })}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}

type QuestionDraft = { text: string; counts: [string, string, string, string]; byGroup: GroupDraft };

/**
 * Records an activity's results as counted: participants with their breakdowns, questions on
 * the 2-4-6-8 scale, what was said, and what it informed. Saved, every reader sees them
 * suppressed; the form is the one place the counts are shown as entered, a question's
 * answers per group included.
 */
export function ResultsForm({
  api,
  detail,
  settings,
  onSaved,
}: {
  api: ApiClient;
  detail: ActivityDetail;
  settings: DialogueSettings;
  onSaved: () => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshDialogue();
  const entry = detail.entry;
  const activity = detail.activity;
  const goalsRead = useRead(api, goalsListRoute, { params: { id: activity.planYearId }, query: {} });
  const [total, setTotal] = useState(entry ? String(entry.participants.total) : "");
  const [byGender, setByGender] = useState<Counts>(toCounts(entry?.participants.byGender ?? {}));
  const [byAgeBand, setByAgeBand] = useState<Counts>(toCounts(entry?.participants.byAgeBand ?? {}));
  const [byDistrict, setByDistrict] = useState<Counts>(toCounts(entry?.participants.byDistrict ?? {}));
  const [questions, setQuestions] = useState<QuestionDraft[]>(
    (entry?.questions ?? []).map((q) => ({
      text: q.text,
      counts: q.counts.map(String) as QuestionDraft["counts"],
      byGroup: toGroupDraft(q.byGroup),
    })),
  );
  const [summary, setSummary] = useState(entry?.summary ?? "");
  const [themes, setThemes] = useState((entry?.themes ?? []).join("\n"));
  const [goalIds, setGoalIds] = useState<string[]>(entry?.links.goalIds ?? activity.goalIds);
  const [decisionKeys, setDecisionKeys] = useState<string[]>(
    entry?.links.decisionKeys ?? (activity.feedsDecision ? [activity.feedsDecision.key] : []),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const fields = [
    "body.participants.total",
    "body.participants.byGender",
    "body.participants.byAgeBand",
    "body.participants.byDistrict",
    ...questions.flatMap((_, i) => [`body.questions.${i}.text`, `body.questions.${i}.counts`, `body.questions.${i}.byGroup`]),
    "body.links.goalIds",
    "body.links.decisionKeys",
  ];
  const form = useFormSubmit(fields, { "body.participants.total": total.trim() !== "" }, async () => {
    const body: ResultsBody = {
      participants: {
        total: Number(total),
        byGender: fromCounts(byGender) as Partial<Record<Gender, number>>,
        byAgeBand: fromCounts(byAgeBand),
        byDistrict: fromCounts(byDistrict),
      },
      questions: questions.map((q) => ({
        text: q.text.trim(),
        counts: q.counts.map((c) => Number(c || 0)) as QuestionBody["counts"],
        byGroup: fromGroupDraft(q.byGroup),
      })),
      summary: summary.trim(),
      themes: themes
        .split("\n")
        .map((x) => x.trim())
        .filter((x) => x !== ""),
      links: { goalIds, indicatorIds: entry?.links.indicatorIds ?? [], decisionKeys },
    };
    await api.call(dialogueResultsSaveRoute, { params: { id: activity.id }, body, ifMatch: detail.resultsEtag });
    setSaved(t("dlg.results.saved"));
    refresh();
    onSaved();
  });
  const setQuestion = (i: number, q: Partial<QuestionDraft>) => setQuestions(questions.map((x, j) => (j === i ? { ...x, ...q } : x)));
  const goals = (goalsRead.data?.goals ?? []).filter((g) => activity.goalIds.includes(g.id) || goalIds.includes(g.id));
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="results-form-heading" noValidate>
      <h3 id="results-form-heading" className={styles.subheading}>
        {entry ? t("dlg.results.edit") : t("dlg.results.enter")}
      </h3>
      <Field label={t("dlg.results.total")} required {...form.fieldProps("body.participants.total")}>
        <Input type="number" min={0} step={1} value={total} onChange={(_, d) => setTotal(d.value)} />
      </Field>
      <CountGroup
        legend={t("dlg.results.byGender")}
        groups={genders.map((g) => ({ key: g, name: t(`dlg.gender.${g}`) }))}
        value={byGender}
        onChange={setByGender}
        path="body.participants.byGender"
        message={form.messageFor("body.participants.byGender")}
      />
      <CountGroup
        legend={t("dlg.results.byAgeBand")}
        groups={settings.ageBands}
        value={byAgeBand}
        onChange={setByAgeBand}
        path="body.participants.byAgeBand"
        message={form.messageFor("body.participants.byAgeBand")}
      />
      <CountGroup
        legend={t("dlg.results.byDistrict")}
        groups={settings.districts}
        value={byDistrict}
        onChange={setByDistrict}
        path="body.participants.byDistrict"
        message={form.messageFor("body.participants.byDistrict")}
      />
      {questions.map((q, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a question being written has no id until saved; its place is its identity.
        <fieldset key={i} className={styles.card} data-field={`body.questions.${i}.counts`}>
          <legend>{t("dlg.results.question", { n: String(i + 1) })}</legend>
          <Field label={t("dlg.results.questionText")} required {...form.fieldProps(`body.questions.${i}.text`)}>
            <Input value={q.text} maxLength={300} onChange={(_, d) => setQuestion(i, { text: d.value })} />
          </Field>
          <div className={styles.row} style={{ justifyContent: "flex-start" }}>
            {scale.map((value, v) => (
              <Field
                key={value}
                label={t("dlg.results.countFor", { value: String(value) })}
                {...(v === 0 ? form.fieldProps(`body.questions.${i}.counts`) : {})}
              >
                <Input
                  type="number"
                  min={0}
                  step={1}
                  value={q.counts[v] ?? ""}
                  onChange={(_, d) =>
                    setQuestion(i, { counts: q.counts.map((c, k) => (k === v ? d.value : c)) as QuestionDraft["counts"] })
                  }
                />
              </Field>
            ))}
          </div>
          <QuestionGroups
            n={i + 1}
            settings={settings}
            value={q.byGroup}
            onChange={(byGroup) => setQuestion(i, { byGroup })}
            message={form.messageFor(`body.questions.${i}.byGroup`)}
          />
          <div>
            <Button onClick={() => setQuestions(questions.filter((_, j) => j !== i))}>
              {t("dlg.results.removeQuestion", { n: String(i + 1) })}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button onClick={() => setQuestions([...questions, { text: "", counts: ["", "", "", ""], byGroup: {} }])}>
          {t("dlg.results.addQuestion")}
        </Button>
      </div>
      <Field label={t("dlg.results.summary")}>
        <Textarea value={summary} maxLength={8000} onChange={(_, d) => setSummary(d.value)} />
      </Field>
      <Field label={t("dlg.results.themes")} hint={t("dlg.results.themesHint")}>
        <Textarea value={themes} onChange={(_, d) => setThemes(d.value)} />
      </Field>
      {goals.length > 0 && (
        <CheckboxGroup
          legend={t("dlg.form.goals")}
          choices={goals.map((g) => ({ id: g.id, name: g.title }))}
          value={goalIds}
          onChange={setGoalIds}
          message={form.messageFor("body.links.goalIds")}
          path="body.links.goalIds"
        />
      )}
      {settings.decisions.length > 0 && (
        <CheckboxGroup
          legend={t("dlg.results.decisions")}
          choices={settings.decisions.map((d) => ({ id: d.key, name: d.name }))}
          value={decisionKeys}
          onChange={setDecisionKeys}
          message={form.messageFor("body.links.decisionKeys")}
          path="body.links.decisionKeys"
        />
      )}
      <FormFooter form={form} submit={t("dlg.results.save")} />
      <SuccessNotice message={saved} />
    </form>
  );
}
