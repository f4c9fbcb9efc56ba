import { Button, Field, Input, Link, MessageBar, MessageBarBody, Spinner, Text, Textarea } from "@fluentui/react-components";
import {
  approvalsListRoute,
  myItemsGetRoute,
  periodStatusGetRoute,
  type Report,
  type ReportView as ReportViewData,
  reportGetRoute,
  reportSaveRoute,
  reportSubmitRoute,
  reportTransitionRoute,
} from "@kvalitetskedjan/domain";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ReportRef } from "../route.js";
import { type ApiClient, ApiError } from "../shared/api/client.js";
import { useInvalidate, useRead, useSetRead } from "../shared/api/queries.js";
import { ConfirmButton } from "../shared/confirm-button.js";
import { ErrorMessage, fieldError } from "../shared/error-message.js";
import { formatDate, periodName } from "../shared/period-name.js";
import { ReportStatusText } from "../shared/status.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";
import { GoalFields } from "./goal-fields.js";
import { bodyOf, type Draft, draftOf, type GoalDraft, type OutcomeDraft } from "./report-draft.js";

/** The reporting form for one owner and period, with the status flow's buttons for whoever may take the next step. */
export function ReportView({ api, reportRef }: { api: ApiClient; reportRef: ReportRef }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const read = useRead(api, reportGetRoute, { params: reportRef });
  const view = read.data ?? null;
  const setRead = useSetRead();
  const invalidate = useInvalidate();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [invalid, setInvalid] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const { busy, error } = action;
  const [returnNote, setReturnNote] = useState("");
  const params = reportRef;

  // The form starts from the report as read, and again from what each save or step answers.
  useEffect(() => {
    if (read.data) setDraft(draftOf(read.data, language === "sv"));
  }, [read.data, language]);

  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
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
    setRead(reportGetRoute, { params }, { ...view, report: saved.data });
    return saved.data;
  };

  /** Runs a button's work; what it answers is the success message to show. */
  const run = (work: () => Promise<string | null>) =>
    action.run(async () => {
      setNotice(null);
      const message = await work();
      if (message) setNotice(message);
    });

  /** Shows the form as a step answered it; the lists that show this report read again. */
  const showView = (next: ReportViewData) => {
    setRead(reportGetRoute, { params }, next);
    void invalidate(myItemsGetRoute, approvalsListRoute, periodStatusGetRoute);
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
      await invalidate(reportGetRoute, myItemsGetRoute, approvalsListRoute, periodStatusGetRoute);
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
                  {e.decision && (e.action === "review" || e.action === "return")
                    ? t(`report.event.${e.action}InMeeting`, {
                        body: view.bodyNames[e.decision.bodyId] ?? e.decision.bodyId,
                        date: formatDate(e.decision.date, language),
                        paragraph: e.decision.paragraph,
                        name: e.byName,
                        note: e.note,
                      })
                    : t(`report.event.${e.action}`, { name: e.byName, date: formatDate(e.at, language), note: e.note })}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
