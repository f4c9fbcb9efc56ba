import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import {
  type Assessment,
  type EvidenceLink,
  type Report,
  type ReportView as ReportViewData,
  reportGetRoute,
  reportSaveRoute,
  reportSubmitRoute,
  reportTransitionRoute,
  type SaveReportBody,
} from "@kvalitetskedjan/domain";
import { useCallback, useEffect, useState } from "react";
import { type Translate, useI18n } from "../i18n/i18n.js";
import type { ReportRef } from "../route.js";
import { type ApiClient, ApiError } from "../shared/api/client.js";
import { ConfirmButton } from "../shared/confirm-button.js";
import { ErrorMessage, fieldError } from "../shared/error-message.js";
import { formatDate, periodName } from "../shared/period-name.js";
import { AssessmentText, ReportStatusText } from "../shared/status.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";

const assessments: readonly Assessment[] = ["fulfilled", "partlyFulfilled", "notFulfilled", "notAssessed"];

interface GoalDraft {
  assessment: Assessment | "";
  analysis: string;
  actions: string;
  evidence: EvidenceLink[];
}
interface OutcomeDraft {
  total: string;
  women: string;
  men: string;
  comment: string;
}
interface Draft {
  goals: Record<string, GoalDraft>;
  outcomes: Record<string, OutcomeDraft>;
}

const numberText = (n: number | null | undefined, decimalComma: boolean) =>
  n === null || n === undefined ? "" : decimalComma ? String(n).replace(".", ",") : String(n);

function draftOf(view: ReportViewData, decimalComma: boolean): Draft {
  const goals: Record<string, GoalDraft> = {};
  for (const g of view.goals) {
    const a = view.report.assessments[g.id];
    goals[g.id] = {
      assessment: a?.assessment ?? "",
      analysis: a?.analysis ?? "",
      actions: a?.actions ?? "",
      evidence: [...(a?.evidence ?? [])],
    };
  }
  const outcomes: Record<string, OutcomeDraft> = {};
  for (const i of view.indicators) {
    const o = view.report.outcomes[i.id];
    outcomes[i.id] = {
      total: numberText(o?.total, decimalComma),
      women: numberText(o?.women, decimalComma),
      men: numberText(o?.men, decimalComma),
      comment: o?.comment ?? "",
    };
  }
  return { goals, outcomes };
}

/** Numbers as people type them: a decimal comma or point, spaces as thousands separators. */
const parseNumber = (text: string): number | null | "invalid" => {
  const clean = text.trim().replace(/\s/g, "").replace(",", ".");
  if (clean === "") return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : "invalid";
};

/** The request body from the form, or the paths of fields that are not numbers. */
function bodyOf(view: ReportViewData, draft: Draft): { body: SaveReportBody } | { invalid: string[] } {
  const body: SaveReportBody = { assessments: {}, outcomes: {} };
  const invalid: string[] = [];
  if (view.assessesGoals) {
    for (const [goalId, g] of Object.entries(draft.goals)) {
      if (g.assessment === "") continue;
      body.assessments[goalId] = { assessment: g.assessment, analysis: g.analysis.trim(), actions: g.actions.trim(), evidence: g.evidence };
    }
  }
  for (const i of view.indicators.filter((x) => x.due)) {
    const o = draft.outcomes[i.id];
    if (!o) continue;
    const values = { total: parseNumber(o.total), women: parseNumber(o.women), men: parseNumber(o.men) };
    for (const [field, v] of Object.entries(values)) if (v === "invalid") invalid.push(`body.outcomes.${i.id}.${field}`);
    if (Object.values(values).every((v) => v === null) && o.comment.trim() === "") continue;
    const number = (v: number | null | "invalid") => (v === "invalid" ? null : v);
    body.outcomes[i.id] = {
      total: number(values.total),
      women: i.splitByGender ? number(values.women) : null,
      men: i.splitByGender ? number(values.men) : null,
      comment: o.comment.trim(),
    };
  }
  return invalid.length ? { invalid } : { body };
}

/** The reporting form for one owner and period, with the status flow's buttons for whoever may take the next step. */
export function ReportView({ api, reportRef }: { api: ApiClient; reportRef: ReportRef }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const [view, setView] = useState<ReportViewData | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const { busy, error } = action;
  const [returnNote, setReturnNote] = useState("");
  const params = reportRef;

  const load = useCallback(() => {
    setLoadError(null);
    api
      .read(reportGetRoute, { params })
      .then((v) => {
        setView(v);
        setDraft(draftOf(v, language === "sv"));
      })
      .catch(setLoadError);
  }, [api, params, language]);
  useEffect(load, [load]);

  if (loadError) return <ErrorMessage error={loadError} onRetry={load} />;
  if (!view || !draft) return <Spinner label={t("app.loading")} />;

  const messageFor = (field: string): string | undefined =>
    invalid.includes(field) ? t("reason.invalid_type") : fieldError(error, field, t);
  const allowed = view.allowed;
  const editable = allowed.edit;

  /** Saves the form as a draft; the saved report's version, or null when it was refused. */
  const saveDraft = async (): Promise<Report | null> => {
    const built = bodyOf(view, draft);
    if ("invalid" in built) {
      setInvalid(built.invalid);
      return null;
    }
    setInvalid([]);
    const saved = await api.call(reportSaveRoute, { params, body: built.body, ifMatch: view.report.etag });
    setView({ ...view, report: saved.data });
    return saved.data;
  };

  /** Runs a button's work; what it answers is the success message to show. */
  const run = (work: () => Promise<string | null>) =>
    action.run(async () => {
      setNotice(null);
      const message = await work();
      if (message) setNotice(message);
    });

  const showView = (next: ReportViewData) => {
    setView(next);
    setDraft(draftOf(next, language === "sv"));
  };

  const step = (action: "submit" | "approve" | "review" | "return", done: string, comment = "") =>
    run(async () => {
      if (action === "submit" && editable) {
        // Saved and submitted in one request, which answers the form as it now stands.
        const built = bodyOf(view, draft);
        if ("invalid" in built) {
          setInvalid(built.invalid);
          return null;
        }
        setInvalid([]);
        try {
          showView((await api.call(reportSubmitRoute, { params, body: built.body, ifMatch: view.report.etag })).data);
        } catch (refused) {
          // Not complete yet: what was written is kept as a draft, and the missing parts are shown.
          const incomplete =
            refused instanceof ApiError && refused.details.length > 0 && refused.details.every((d) => d.reason.endsWith("_missing"));
          if (incomplete) await saveDraft();
          throw refused;
        }
        return done;
      }
      const note = action === "return" ? returnNote.trim() : comment;
      await api.call(reportTransitionRoute, { params, body: { action, ...(note ? { note } : {}) }, ifMatch: view.report.etag });
      setReturnNote("");
      showView(await api.read(reportGetRoute, { params }));
      return done;
    });

  const setGoal = (id: string, change: Partial<GoalDraft>) =>
    setDraft((d) => (d ? { ...d, goals: { ...d.goals, [id]: { ...(d.goals[id] as GoalDraft), ...change } } } : d));
  const setOutcome = (id: string, change: Partial<OutcomeDraft>) =>
    setDraft((d) => (d ? { ...d, outcomes: { ...d.outcomes, [id]: { ...(d.outcomes[id] as OutcomeDraft), ...change } } } : d));

  const missing = error instanceof ApiError ? error.details.filter((d) => d.reason.endsWith("_missing")) : [];
  const title = periodName(view.period, language);

  return (
    <div className={styles.stack}>
      <Link href="#/reporting">{t("report.back")}</Link>
      <h1 className={styles.heading}>{t("report.title", { period: title, owner: view.owner.name })}</h1>
      <div className={styles.row}>
        <ReportStatusText status={view.report.status} />
        <Text size={200}>{t("report.deadline", { date: formatDate(view.period.deadline, language) })}</Text>
      </div>
      {view.period.lockedAt !== null && (
        <MessageBar intent="info">
          <MessageBarBody>{t("report.locked")}</MessageBarBody>
        </MessageBar>
      )}
      {view.period.lockedAt === null && !editable && !allowed.approve && !allowed.review && (
        <MessageBar intent="info">
          <MessageBarBody>{t("report.readOnly")}</MessageBarBody>
        </MessageBar>
      )}

      {view.assessesGoals && (
        <section className={styles.stack} aria-labelledby="report-goals">
          <h2 id="report-goals" className={styles.subheading}>
            {t("report.goals")}
          </h2>
          {view.goals.map((g) => (
            <GoalFields
              key={g.id}
              goalId={g.id}
              title={g.title}
              value={draft.goals[g.id] as GoalDraft}
              editable={editable}
              onChange={(c) => setGoal(g.id, c)}
              messageFor={messageFor}
              t={t}
            />
          ))}
        </section>
      )}

      <section className={styles.stack} aria-labelledby="report-indicators">
        <h2 id="report-indicators" className={styles.subheading}>
          {t("report.indicators")}
        </h2>
        {view.indicators.filter((i) => i.due).length === 0 && <Text>{t("report.noIndicatorsDue")}</Text>}
        {view.indicators
          .filter((i) => i.due)
          .map((i) => {
            const o = draft.outcomes[i.id] as OutcomeDraft;
            const fields = i.splitByGender ? (["total", "women", "men"] as const) : (["total"] as const);
            return (
              <fieldset key={i.id} className={styles.card}>
                <legend className={styles.wrap}>{i.title}</legend>
                {i.target !== null && <Text size={200}>{t("report.target", { value: String(i.target) })}</Text>}
                <div className={styles.row}>
                  {fields.map((f) => (
                    <Field
                      key={f}
                      label={t(`report.${f}`, { unit: i.unit })}
                      validationState={messageFor(`body.outcomes.${i.id}.${f}`) ? "error" : "none"}
                      validationMessage={messageFor(`body.outcomes.${i.id}.${f}`) ?? null}
                    >
                      <Input
                        inputMode="decimal"
                        value={o[f]}
                        readOnly={!editable}
                        onChange={(_, d) => setOutcome(i.id, { [f]: d.value })}
                      />
                    </Field>
                  ))}
                </div>
                <Field label={t("report.comment")}>
                  <Textarea
                    value={o.comment}
                    readOnly={!editable}
                    maxLength={2000}
                    onChange={(_, d) => setOutcome(i.id, { comment: d.value })}
                  />
                </Field>
              </fieldset>
            );
          })}
      </section>

      <SuccessNotice message={notice} />
      {missing.length > 0 ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t("report.missing")}
            <ul>
              {missing.map((d) => {
                const id = d.path?.split(".").slice(2).join(".") ?? "";
                const goal = view.goals.find((g) => g.id === id);
                const indicator = view.indicators.find((x) => x.id === id);
                return (
                  <li key={d.path}>
                    {goal
                      ? t("report.missingAssessment", { title: goal.title })
                      : t("report.missingOutcome", { title: indicator?.title ?? id })}
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : (
        error !== null && <ErrorMessage error={error} />
      )}

      <div className={styles.row}>
        {allowed.edit && (
          <Button disabled={busy} onClick={() => run(async () => ((await saveDraft()) ? t("report.saved") : null))}>
            {t("report.save")}
          </Button>
        )}
        {allowed.submit && (
          <Button appearance="primary" disabled={busy} onClick={() => step("submit", t("report.submitted"))}>
            {t("report.submit")}
          </Button>
        )}
        {allowed.approve && (
          <ConfirmButton
            appearance="primary"
            disabled={busy}
            title={t("report.approveTitle")}
            body={t("report.approveBody")}
            confirmLabel={t("report.approve")}
            commentLabel={t("report.approveComment")}
            onConfirm={(comment) => step("approve", t("report.approved"), comment)}
          >
            {t("report.approve")}
          </ConfirmButton>
        )}
        {allowed.review && (
          <Button appearance="primary" disabled={busy} onClick={() => step("review", t("report.reviewed"))}>
            {t("report.review")}
          </Button>
        )}
      </div>
      {allowed.return && (
        <div className={styles.form}>
          <Field
            label={t("report.returnNote")}
            validationState={fieldError(error, "body.note", t) ? "error" : "none"}
            validationMessage={fieldError(error, "body.note", t) ?? null}
          >
            <Textarea value={returnNote} maxLength={2000} onChange={(_, d) => setReturnNote(d.value)} />
          </Field>
          <div>
            <Button disabled={busy} onClick={() => step("return", t("report.returned"))}>
              {t("report.return")}
            </Button>
          </div>
        </div>
      )}

      {view.report.events.length > 0 && (
        <section aria-labelledby="report-history">
          <h2 id="report-history" className={styles.subheading}>
            {t("report.history")}
          </h2>
          <ul className={styles.list}>
            {view.report.events.map((e) => (
              <li key={`${e.action}:${e.at}`}>
                <Text size={200} className={styles.wrap}>
                  {t(`report.event.${e.action}`, { name: e.byName, date: formatDate(e.at, language), note: e.note })}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function GoalFields({
  goalId,
  title,
  value,
  editable,
  onChange,
  messageFor,
  t,
}: {
  goalId: string;
  title: string;
  value: GoalDraft;
  editable: boolean;
  onChange: (change: Partial<GoalDraft>) => void;
  messageFor: (path: string) => string | undefined;
  t: Translate;
}) {
  const styles = useViewStyles();
  const [linkTitle, setLinkTitle] = useState("");
  const [linkUrl, setLinkUrl] = useState("");
  const base = `body.assessments.${goalId}`;
  const missing = messageFor(`report.assessments.${goalId}`);
  const evidenceError = value.evidence.map((_, n) => messageFor(`${base}.evidence.${n}.url`)).find((m) => m !== undefined);

  if (!editable) {
    return (
      <article className={styles.card} aria-label={title}>
        <Text weight="semibold" className={styles.wrap}>
          {title}
        </Text>
        {value.assessment === "" ? <Text size={200}>{t("assessment.none")}</Text> : <AssessmentText value={value.assessment} />}
        {value.analysis && <Text className={styles.wrap}>{`${t("report.analysis")}: ${value.analysis}`}</Text>}
        {value.actions && <Text className={styles.wrap}>{`${t("report.actions")}: ${value.actions}`}</Text>}
        {value.evidence.length > 0 && (
          <ul className={styles.list} aria-label={t("report.evidence")}>
            {value.evidence.map((e) => (
              <li key={e.url}>
                <Link href={e.url} target="_blank" rel="noreferrer">
                  {e.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </article>
    );
  }
  return (
    <fieldset className={styles.card}>
      <legend className={styles.wrap}>{title}</legend>
      <Field label={t("report.assessment")} required validationState={missing ? "error" : "none"} validationMessage={missing ?? null}>
        <RadioGroup value={value.assessment} onChange={(_, d) => onChange({ assessment: d.value as Assessment })}>
          {assessments.map((a) => (
            <Radio key={a} value={a} label={t(`assessment.${a}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={t("report.analysis")}
        hint={t("report.analysisHint")}
        required={value.assessment === "notFulfilled"}
        validationState={messageFor(`${base}.analysis`) ? "error" : "none"}
        validationMessage={messageFor(`${base}.analysis`) ?? null}
      >
        <Textarea value={value.analysis} maxLength={4000} onChange={(_, d) => onChange({ analysis: d.value })} />
      </Field>
      <Field label={t("report.actions")}>
        <Textarea value={value.actions} maxLength={4000} onChange={(_, d) => onChange({ actions: d.value })} />
      </Field>
      <Text weight="semibold">{t("report.evidence")}</Text>
      {value.evidence.length > 0 && (
        <ul className={styles.list}>
          {value.evidence.map((e, n) => (
            <li key={`${e.title}|${e.url}`} className={styles.row}>
              <Link className={styles.wrap} href={e.url} target="_blank" rel="noreferrer">
                {e.title}
              </Link>
              <Button
                size="small"
                icon={<DeleteRegular aria-hidden="true" />}
                aria-label={t("report.removeEvidence", { title: e.title })}
                onClick={() => onChange({ evidence: value.evidence.filter((_, i) => i !== n) })}
              />
            </li>
          ))}
        </ul>
      )}
      {evidenceError && <Text role="alert">{evidenceError}</Text>}
      <div className={styles.row}>
        <Field label={t("report.evidenceTitle")}>
          <Input value={linkTitle} maxLength={200} onChange={(_, d) => setLinkTitle(d.value)} />
        </Field>
        <Field label={t("report.evidenceUrl")}>
          <Input type="url" value={linkUrl} maxLength={2000} onChange={(_, d) => setLinkUrl(d.value)} />
        </Field>
      </div>
      <div>
        <Button
          size="small"
          disabled={linkTitle.trim() === "" || linkUrl.trim() === ""}
          onClick={() => {
            onChange({ evidence: [...value.evidence, { title: linkTitle.trim(), url: linkUrl.trim() }] });
            setLinkTitle("");
            setLinkUrl("");
          }}
        >
          {t("report.addEvidence")}
        </Button>
      </div>
    </fieldset>
  );
}
