import { Button, makeStyles, Spinner, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular, WarningRegular } from "@fluentui/react-icons";
import {
  type ActivityStatus,
  type DialoguePlan,
  type DialogueSettings,
  dialoguePlanAdoptRoute,
  dialoguePlanGetRoute,
  dialogueSettingsGetRoute,
  dialogueSummaryDocxGetRoute,
  orgUnitsListRoute,
  planYearsListRoute,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DecisionDateFields, useDecisionDate } from "../shared/decision-fields.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { formatDate } from "../shared/period-name.js";
import { PlanYearField } from "../shared/plan-year-field.js";
import { saveFile } from "../shared/save-file.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { ActivityForm, groupChoices, useRefreshDialogue } from "./activity-form.js";
import { PlanList } from "./plan-list.js";
import { DialogueSettingsPanel } from "./settings-panel.js";
import { Timeline } from "./timeline.js";
import { Trace } from "./trace.js";

const useStyles = makeStyles({
  tabs: { flexWrap: "wrap" },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  late: { color: tokens.colorPaletteRedForeground1 },
});
const statuses: readonly ActivityStatus[] = ["proposed", "planned", "running", "completed", "feedbackGiven"];
type Part = "plan" | "timeline" | "trace" | "settings";

/** The executive board's adoption of the year's plan, recorded by the quality group. */
function AdoptForm({ api, plan, bodyId, bodyName }: { api: ApiClient; plan: DialoguePlan; bodyId: string; bodyName: string }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshDialogue();
  const decision = useDecisionDate();
  const [done, setDone] = useState<string | null>(null);
  const form = useFormSubmit(
    ["body.decision.date", "body.decision.paragraph", "body.decision.bodyId"],
    decision.required("body.decision"),
    async () => {
      await api.call(dialoguePlanAdoptRoute, {
        params: { id: plan.planYearId },
        body: { decision: decision.of(bodyId) },
        ifMatch: plan.etag,
      });
      setDone(t("dlg.adopt.done"));
      refresh();
    },
  );
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="adopt-heading" noValidate>
      <h2 id="adopt-heading" className={styles.subheading}>
        {t("dlg.adopt")} ({bodyName})
      </h2>
      <DecisionDateFields decision={decision} field={form.fieldProps} path="body.decision" />
      <FormFooter form={form} submit={t("dlg.adopt.submit")} />
      <SuccessNotice message={done} />
    </form>
  );
}

/** The year's summary to the council as a Word document. */
function SummaryDownload({ api, planYearId }: { api: ApiClient; planYearId: string }) {
  const { t, language } = useI18n();
  const { busy, error, run } = useAction();
  const download = () =>
    run(async () => {
      const blob = await api.read(dialogueSummaryDocxGetRoute, { params: { id: planYearId }, query: { locale: language } });
      saveFile(blob, `medborgardialoger-${planYearId}.docx`);
    });
  return (
    <div>
      <Button onClick={download} disabled={busy}>
        {t("dlg.summary.download")}
      </Button>
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}

/** The plan's state in a line each: adoption, activities, overlaps to coordinate, feedback overdue. */
function PlanSummary({ plan, bodyName }: { plan: DialoguePlan; bodyName: (id: string) => string }) {
  const styles = useViewStyles();
  const local = useStyles();
  const { t, tp, language } = useI18n();
  return (
    <ul className={styles.list} aria-label={t("dlg.title")}>
      <li>
        <Text>
          {plan.adopted
            ? t("dlg.adopted", {
                body: bodyName(plan.adopted.bodyId),
                date: formatDate(plan.adopted.date, language),
                paragraph: plan.adopted.paragraph,
              })
            : t("dlg.notAdopted")}
        </Text>
      </li>
      <li>
        <Text>{tp("dlg.summary.activities", plan.activities.length)}</Text>
      </li>
      {plan.overlapsUncoordinated > 0 && (
        <li className={styles.iconText}>
          <WarningRegular aria-hidden="true" className={local.warn} />
          <Text>{tp("dlg.summary.overlaps", plan.overlapsUncoordinated)}</Text>
        </li>
      )}
      {plan.feedbackOverdue > 0 && (
        <li className={styles.iconText}>
          <ErrorCircleRegular aria-hidden="true" className={local.late} />
          <Text>{tp("dlg.summary.overdue", plan.feedbackOverdue)}</Text>
        </li>
      )}
    </ul>
  );
}

/**
 * Medborgardialog: the year's plan of surveys and dialogues with its overlaps, as a table or a
 * timeline; planning an activity; the plan's adoption. Each activity opens its own screen.
 */
export function DialogueView({ api }: { api: ApiClient }) {
  const styles = useViewStyles();
  const local = useStyles();
  const { t } = useI18n();
  const yearsRead = useRead(api, planYearsListRoute);
  const settingsRead = useRead(api, dialogueSettingsGetRoute);
  const unitsRead = useRead(api, orgUnitsListRoute);
  const years = yearsRead.data?.planYears ?? [];
  const thisYear = String(new Date().getFullYear());
  const [planYearId, setPlanYearId] = useState<string | null>(null);
  const yearId = planYearId ?? years.find((y) => y.id === thisYear)?.id ?? years.at(-1)?.id ?? "";
  const [targetGroupKey, setTargetGroupKey] = useState("");
  const [status, setStatus] = useState("");
  const [part, setPart] = useState<Part>("plan");
  const [planning, setPlanning] = useState(false);
  const query = { ...(targetGroupKey ? { targetGroupKey } : {}), ...(status ? { status: status as ActivityStatus } : {}) };
  const planRead = useRead(api, dialoguePlanGetRoute, { params: { id: yearId }, query }, { enabled: yearId !== "", keepPrevious: true });
  const { error, retry } = failureOf(yearsRead, settingsRead, unitsRead, planRead);
  const plan = planRead.data ?? null;
  const settings: DialogueSettings | null = settingsRead.data ?? null;
  const units = unitsRead.data?.units ?? [];
  const board = units.find((u) => u.kind === "executiveBoard");
  const bodyName = (id: string) => units.find((u) => u.id === id)?.name ?? id;

  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("dlg.title")}</h1>
      <Text>{t("dlg.intro")}</Text>
      <div className={styles.row} style={{ justifyContent: "flex-start", alignItems: "flex-end" }}>
        <PlanYearField years={years} value={yearId} onChange={(y) => setPlanYearId(y?.id ?? null)} />
        {settings && (
          <ChoiceField
            label={t("dlg.filter.targetGroup")}
            value={targetGroupKey}
            choices={groupChoices(settings)}
            all={t("dlg.filter.all")}
            onChange={setTargetGroupKey}
          />
        )}
        <ChoiceField
          label={t("dlg.filter.status")}
          value={status}
          choices={statuses.map((s) => ({ id: s, name: t(`dlg.status.${s}`) }))}
          all={t("dlg.filter.all")}
          onChange={setStatus}
        />
      </div>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {plan === null && error === null && <Spinner label={t("app.loading")} />}
      {plan && (
        <>
          <PlanSummary plan={plan} bodyName={bodyName} />
          <SummaryDownload api={api} planYearId={plan.planYearId} />
          {plan.canPlan && settings && !planning && (
            <div>
              <Button appearance="primary" onClick={() => setPlanning(true)}>
                {t("dlg.new")}
              </Button>
            </div>
          )}
          {planning && settings && (
            <section className={styles.card}>
              <ActivityForm api={api} settings={settings} planYearId={plan.planYearId} />
              <div>
                <Button onClick={() => setPlanning(false)}>{t("dlg.cancel")}</Button>
              </div>
            </section>
          )}
          <TabList className={local.tabs} selectedValue={part} onTabSelect={(_, d) => setPart(d.value as Part)} aria-label={t("dlg.parts")}>
            <Tab value="plan">{t("dlg.part.plan")}</Tab>
            <Tab value="timeline">{t("dlg.part.timeline")}</Tab>
            <Tab value="trace">{t("dlg.part.trace")}</Tab>
            {plan.canCoordinate && <Tab value="settings">{t("dlg.part.settings")}</Tab>}
          </TabList>
          {part === "plan" && <PlanList plan={plan} />}
          {part === "timeline" && <Timeline plan={plan} />}
          {part === "trace" && settings && <Trace api={api} settings={settings} />}
          {part === "settings" && settings && <DialogueSettingsPanel key={settings.etag} api={api} settings={settings} />}
          {plan.canCoordinate && !plan.adopted && board && (
            <section className={styles.card}>
              <AdoptForm api={api} plan={plan} bodyId={board.id} bodyName={board.name} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
