import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import {
  type CommitteeInternalControlView,
  controlReportGetRoute,
  goalsListRoute,
  internalControlCommitteeGetRoute,
  internalControlOversightGetRoute,
  myItemsGetRoute,
  type Risk,
  type RiskDecisionBody,
  type RiskMatrix,
  riskAssessRoute,
  riskCreateRoute,
  riskUpdateRoute,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useInvalidate, useRead } from "../shared/api/queries.js";
import { CheckboxGroup } from "../shared/checkbox-group.js";
import { ChoiceField } from "../shared/choice-field.js";
import { FormFooter } from "../shared/form-footer.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

type Kind = RiskDecisionBody["kind"];
const kinds: readonly Kind[] = ["undecided", "control", "act", "accept"];

/** The reads a risk's change touches. */
export function useRefreshInternalControl() {
  const invalidate = useInvalidate();
  return () => void invalidate(internalControlCommitteeGetRoute, internalControlOversightGetRoute, controlReportGetRoute, myItemsGetRoute);
}

/** Probability and consequence on the municipality's scale: a choice of its steps, each with its label. */
export function ScoreFields({
  matrix,
  probability,
  consequence,
  onProbability,
  onConsequence,
  field,
}: {
  matrix: RiskMatrix;
  probability: string;
  consequence: string;
  onProbability: (v: string) => void;
  onConsequence: (v: string) => void;
  field: ReturnType<typeof useFormSubmit>["fieldProps"];
}) {
  const { t } = useI18n();
  const axis = (steps: RiskMatrix["probability"], value: string, on: (v: string) => void, path: string, label: string) => (
    <Field label={label} required {...field(path)}>
      <Select value={value} onChange={(_, d) => on(d.value)}>
        <option value="">{t("ic.risk.choose")}</option>
        {steps.map((s) => (
          <option key={s.value} value={String(s.value)}>
            {s.value} – {s.label}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <>
      {axis(matrix.probability, probability, onProbability, "body.probability", t("ic.settings.probability"))}
      {axis(matrix.consequence, consequence, onConsequence, "body.consequence", t("ic.settings.consequence"))}
    </>
  );
}

/** What the committee decides about a risk, with the reason or what is done where that is needed. */
function DecisionFields({
  kind,
  text,
  onKind,
  onText,
  field,
}: {
  kind: Kind;
  text: string;
  onKind: (k: Kind) => void;
  onText: (v: string) => void;
  field: ReturnType<typeof useFormSubmit>["fieldProps"];
}) {
  const { t } = useI18n();
  const textPath = kind === "accept" ? "body.decision.reason" : "body.decision.note";
  return (
    <>
      <Field label={t("ic.decision.label")} {...field("body.decision")}>
        <Select value={kind} onChange={(_, d) => onKind(d.value as Kind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`ic.decision.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      {(kind === "accept" || kind === "act") && (
        <Field label={t(kind === "accept" ? "ic.decision.reason" : "ic.decision.note")} required {...field(textPath)}>
          <Textarea value={text} maxLength={2000} onChange={(_, d) => onText(d.value)} />
        </Field>
      )}
    </>
  );
}

const decisionOf = (kind: Kind, text: string): RiskDecisionBody =>
  kind === "accept" ? { kind, reason: text.trim() } : kind === "act" ? { kind, note: text.trim() } : { kind };

/** Registers a risk in the committee's analysis. */
export function RiskForm({ api, view, onDone }: { api: ApiClient; view: CommitteeInternalControlView; onDone: () => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshInternalControl();
  const goalsRead = useRead(api, goalsListRoute, { params: { id: view.planYearId }, query: { ownerScopeId: view.owner.id } });
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [categoryKey, setCategoryKey] = useState(view.categories[0]?.key ?? "");
  const [concerns, setConcerns] = useState("");
  const [goalIds, setGoalIds] = useState<string[]>([]);
  const [probability, setProbability] = useState("");
  const [consequence, setConsequence] = useState("");
  const [kind, setKind] = useState<Kind>("undecided");
  const [text, setText] = useState("");
  const form = useFormSubmit(
    [
      "body.title",
      "body.categoryKey",
      "body.probability",
      "body.consequence",
      "body.goalIds",
      "body.decision.reason",
      "body.decision.note",
    ],
    { "body.title": title.trim() !== "", "body.probability": probability !== "", "body.consequence": consequence !== "" },
    async () => {
      await api.call(riskCreateRoute, {
        body: {
          planYearId: view.planYearId,
          ownerScopeId: view.owner.id,
          title: title.trim(),
          description: description.trim(),
          categoryKey,
          concerns: concerns.trim(),
          goalIds,
          probability: Number(probability),
          consequence: Number(consequence),
          decision: decisionOf(kind, text),
        },
      });
      refresh();
      onDone();
    },
  );
  const field = form.fieldProps;
  const goals = goalsRead.data?.goals ?? [];
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="risk-form-heading" noValidate>
      <h2 id="risk-form-heading" className={styles.subheading}>
        {t("ic.risk.register")}
      </h2>
      <Field label={t("ic.risk.title")} required {...field("body.title")}>
        <Input value={title} maxLength={200} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t("ic.risk.description")}>
        <Textarea value={description} maxLength={4000} onChange={(_, d) => setDescription(d.value)} />
      </Field>
      <ChoiceField
        label={t("ic.risk.category")}
        value={categoryKey}
        choices={view.categories.map((c) => ({ id: c.key, name: c.name }))}
        onChange={setCategoryKey}
        validation={field("body.categoryKey")}
      />
      <Field label={t("ic.risk.concerns")} hint={t("ic.risk.concernsHint")}>
        <Input value={concerns} maxLength={200} onChange={(_, d) => setConcerns(d.value)} />
      </Field>
      {goals.length > 0 && (
        <CheckboxGroup
          legend={t("ic.risk.goals")}
          choices={goals.map((g) => ({ id: g.id, name: g.title }))}
          value={goalIds}
          onChange={setGoalIds}
          message={form.messageFor("body.goalIds")}
          path="body.goalIds"
        />
      )}
      <ScoreFields
        matrix={view.matrix}
        probability={probability}
        consequence={consequence}
        onProbability={setProbability}
        onConsequence={setConsequence}
        field={field}
      />
      <DecisionFields kind={kind} text={text} onKind={setKind} onText={setText} field={field} />
      <FormFooter form={form} submit={t("ic.risk.submit")} />
    </form>
  );
}

/** Re-assesses a risk (the history is kept) and records what is decided about it. */
export function RiskEditor({ api, view, risk }: { api: ApiClient; view: CommitteeInternalControlView; risk: Risk }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshInternalControl();
  const [probability, setProbability] = useState(String(risk.probability));
  const [consequence, setConsequence] = useState(String(risk.consequence));
  const [note, setNote] = useState("");
  const [kind, setKind] = useState<Kind>(risk.decision.kind);
  const [text, setText] = useState(
    risk.decision.kind === "accept" ? risk.decision.reason : risk.decision.kind === "act" ? risk.decision.note : "",
  );
  const [saved, setSaved] = useState<string | null>(null);
  const assess = useFormSubmit(["body.probability", "body.consequence", "body.note"], {}, async () => {
    await api.call(riskAssessRoute, {
      params: { id: risk.id },
      body: { probability: Number(probability), consequence: Number(consequence), note: note.trim() },
      ifMatch: risk.etag,
    });
    setSaved(t("ic.risk.assessed"));
    setNote("");
    refresh();
  });
  const decide = useFormSubmit(["body.decision", "body.decision.reason", "body.decision.note"], {}, async () => {
    await api.call(riskUpdateRoute, { params: { id: risk.id }, body: { decision: decisionOf(kind, text) }, ifMatch: risk.etag });
    setSaved(t("ic.risk.decided"));
    refresh();
  });
  return (
    <div className={styles.stack}>
      <form className={styles.form} onSubmit={assess.submit} aria-label={t("ic.risk.reassess", { title: risk.title })} noValidate>
        <h3 className={styles.subheading}>{t("ic.risk.reassessHeading")}</h3>
        <ScoreFields
          matrix={view.matrix}
          probability={probability}
          consequence={consequence}
          onProbability={setProbability}
          onConsequence={setConsequence}
          field={assess.fieldProps}
        />
        <Field label={t("ic.risk.note")} {...assess.fieldProps("body.note")}>
          <Textarea value={note} maxLength={2000} onChange={(_, d) => setNote(d.value)} />
        </Field>
        <FormFooter form={assess} submit={t("ic.risk.assess")} primary={false} />
      </form>
      <form className={styles.form} onSubmit={decide.submit} aria-label={t("ic.risk.decide", { title: risk.title })} noValidate>
        <h3 className={styles.subheading}>{t("ic.decision.label")}</h3>
        <DecisionFields kind={kind} text={text} onKind={setKind} onText={setText} field={decide.fieldProps} />
        <FormFooter form={decide} submit={t("ic.risk.saveDecision")} primary={false} />
      </form>
      <SuccessNotice message={saved} />
    </div>
  );
}
