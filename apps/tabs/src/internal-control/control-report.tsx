import { Button, Field, Input, Link, Select, Spinner, Text, Textarea } from "@fluentui/react-components";
import {
  type ControlReportView,
  type ControlResult,
  controlReportGetRoute,
  controlReportSaveRoute,
  controlReportTransitionRoute,
  controlResults,
  type ReportAction,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead, useSetRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { periodName } from "../shared/period-name.js";
import { ReportStatusText } from "../shared/status.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { ActionForm } from "./action-form.js";
import { ActionsTable } from "./actions-list.js";
import { useRefreshInternalControl } from "./risk-form.js";
import { ControlResultText } from "./risk-level.js";

/** The result's fields: what was examined, how many, the errors, the result and the analysis. */
function ResultForm({
  api,
  view,
  onSaved,
}: {
  api: ApiClient;
  view: ControlReportView;
  onSaved: (v: ControlReportView, notice: string) => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const r = view.report;
  const [examined, setExamined] = useState(r.examined);
  const [sampleSize, setSampleSize] = useState(String(r.sampleSize));
  const [errorsFound, setErrorsFound] = useState(String(r.errorsFound));
  const [result, setResult] = useState<ControlResult | "">(r.result ?? "");
  const [analysis, setAnalysis] = useState(r.analysis);
  const number = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v) : Number.NaN);
  const form = useFormSubmit(
    ["body.examined", "body.sampleSize", "body.errorsFound", "body.result", "body.analysis"],
    { "body.result": result !== "", "body.sampleSize": sampleSize.trim() !== "", "body.errorsFound": errorsFound.trim() !== "" },
    async () => {
      const res = await api.call(controlReportSaveRoute, {
        params: { id: view.control.id, periodId: view.period.id },
        body: {
          examined: examined.trim(),
          sampleSize: number(sampleSize),
          errorsFound: number(errorsFound),
          result: result as ControlResult,
          analysis: analysis.trim(),
        },
        ifMatch: r.etag,
      });
      onSaved(res.data, t("ic.report.saved"));
    },
  );
  const field = form.fieldProps;
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="result-heading" noValidate>
      <h2 id="result-heading" className={styles.subheading}>
        {t("ic.report.result")}
      </h2>
      <Field label={t("ic.report.examined")} hint={t("ic.report.examinedHint")} {...field("body.examined")}>
        <Input value={examined} maxLength={500} onChange={(_, d) => setExamined(d.value)} />
      </Field>
      <Field label={t("ic.report.sampleSize")} required {...field("body.sampleSize")}>
        <Input inputMode="numeric" value={sampleSize} onChange={(_, d) => setSampleSize(d.value)} />
      </Field>
      <Field label={t("ic.report.errorsFound")} required {...field("body.errorsFound")}>
        <Input inputMode="numeric" value={errorsFound} onChange={(_, d) => setErrorsFound(d.value)} />
      </Field>
      <Field label={t("ic.report.resultField")} required {...field("body.result")}>
        <Select value={result} onChange={(_, d) => setResult(d.value as ControlResult)}>
          <option value="">{t("ic.risk.choose")}</option>
          {controlResults.map((x) => (
            <option key={x} value={x}>
              {t(`ic.result.${x}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("ic.report.analysis")} hint={t("ic.report.analysisHint")} {...field("body.analysis")}>
        <Textarea value={analysis} maxLength={4000} onChange={(_, d) => setAnalysis(d.value)} />
      </Field>
      <FormFooter form={form} submit={t("ic.report.save")} />
    </form>
  );
}

/** The flow's steps the caller may take now: submit, approve, review, or return with a note. */
function Steps({ api, view, onDone }: { api: ApiClient; view: ControlReportView; onDone: (v: ControlReportView, notice: string) => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const step = useAction();
  const [note, setNote] = useState("");
  // Nothing to submit before the result is saved.
  const allowed = (["submit", "approve", "review"] as const).filter((a) => view.allowed[a] && view.report.etag !== "new");
  if (allowed.length === 0 && !view.allowed.return) return null;
  const take = (action: ReportAction) =>
    step.run(async () => {
      const res = await api.call(controlReportTransitionRoute, {
        params: { id: view.control.id, periodId: view.period.id },
        body: { action, note: note.trim() },
        ifMatch: view.report.etag,
      });
      setNote("");
      onDone(res.data, t(`ic.report.done.${action}`));
    });
  return (
    <section className={styles.card} aria-labelledby="steps-heading">
      <h2 id="steps-heading" className={styles.subheading}>
        {t("ic.report.steps")}
      </h2>
      {view.allowed.return && (
        <Field label={t("ic.report.returnNote")}>
          <Textarea value={note} maxLength={2000} onChange={(_, d) => setNote(d.value)} />
        </Field>
      )}
      <div className={styles.row} style={{ justifyContent: "flex-start" }}>
        {allowed.map((a) => (
          <Button key={a} appearance="primary" disabled={step.busy} onClick={() => void take(a)}>
            {t(`ic.report.action.${a}`)}
          </Button>
        ))}
        {view.allowed.return && (
          <Button disabled={step.busy} onClick={() => void take("return")}>
            {t("ic.report.action.return")}
          </Button>
        )}
      </div>
      {step.error !== null && <ErrorMessage error={step.error} />}
    </section>
  );
}

/** A control's report for one period: the result, its flow, and the actions a deviation produced. */
export function ControlReportScreen({ api, controlId, periodId }: { api: ApiClient; controlId: string; periodId: string }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const setRead = useSetRead();
  const refresh = useRefreshInternalControl();
  const args = { params: { id: controlId, periodId } };
  const read = useRead(api, controlReportGetRoute, args);
  const { error, retry } = failureOf(read);
  const view = read.data ?? null;
  // The forms start afresh from each saved version; what happened is said here, where it stays.
  const [notice, setNotice] = useState<string | null>(null);
  const show = (v: ControlReportView, message: string) => {
    setRead(controlReportGetRoute, args, v);
    setNotice(message);
    refresh();
  };
  if (error !== null) return <ErrorMessage error={error} onRetry={retry} />;
  if (!view) return <Spinner label={t("app.loading")} />;
  const r = view.report;
  return (
    <div className={styles.stack}>
      <Link href="#/internalControl">{t("ic.report.back")}</Link>
      <h1 className={styles.heading}>{view.control.title}</h1>
      <Text>
        {view.owner.name} · {periodName(view.period, language)} · {t("ic.control.responsible")}:{" "}
        {view.control.responsibleName || t("ic.control.noResponsible")}
      </Text>
      <div className={styles.row} style={{ justifyContent: "flex-start" }}>
        <ReportStatusText status={r.status} />
        {r.result && <ControlResultText result={r.result} />}
      </div>
      {view.allowed.edit ? (
        <section className={styles.card}>
          <ResultForm key={r.etag} api={api} view={view} onSaved={show} />
        </section>
      ) : (
        r.result && (
          <section className={styles.card} aria-labelledby="result-read-heading">
            <h2 id="result-read-heading" className={styles.subheading}>
              {t("ic.report.result")}
            </h2>
            <Text>
              {t("ic.report.summary", {
                examined: r.examined || "–",
                sampleSize: String(r.sampleSize),
                errorsFound: String(r.errorsFound),
              })}
            </Text>
            {r.analysis && <Text className={styles.wrap}>{r.analysis}</Text>}
          </section>
        )
      )}
      <Steps key={`steps-${r.etag}`} api={api} view={view} onDone={show} />
      <SuccessNotice message={notice} />
      {r.events.length > 0 && (
        <ul className={styles.list} aria-label={t("ic.report.history")}>
          {r.events.map((e) => (
            <li key={e.at}>
              <Text size={200} className={styles.muted}>
                {t("ic.report.event", { action: t(`ic.report.action.${e.action}`), by: e.byName, at: e.at.slice(0, 10) })}
                {e.decision ? ` ${t("ic.report.inMeeting", { date: e.decision.date, paragraph: e.decision.paragraph })}` : ""}
                {e.note ? ` – ${e.note}` : ""}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.stack}>
        <h2 id="report-actions-heading" className={styles.subheading}>
          {t("ic.report.actions")}
        </h2>
        {view.actions.length > 0 ? (
          <ActionsTable api={api} actions={view.actions} label={t("ic.report.actions")} />
        ) : (
          <Text>{t("ic.action.none")}</Text>
        )}
        {view.allowed.addAction && (
          <section className={styles.card}>
            <ActionForm api={api} view={view} onCreated={() => void read.refetch()} />
          </section>
        )}
      </div>
    </div>
  );
}
