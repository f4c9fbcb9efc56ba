import { Button, Link, Text } from "@fluentui/react-components";
import { CheckmarkCircleRegular, DocumentEditRegular } from "@fluentui/react-icons";
import { type CommitteeInternalControlView, controlPlanAdoptRoute, type PlannedControl } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { controlReportHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { DataTable } from "../shared/data-table.js";
import { DecisionDateFields, useDecisionDate } from "../shared/decision-fields.js";
import { FormFooter } from "../shared/form-footer.js";
import { formatDate, periodName } from "../shared/period-name.js";
import { ReportStatusText } from "../shared/status.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { ControlForm } from "./control-form.js";
import { useRefreshInternalControl } from "./risk-form.js";
import { ControlResultText } from "./risk-level.js";
import { YearEnd } from "./year-end.js";

/** Records the committee's decision adopting the plan (date and §); the plan is frozen from then on. */
function AdoptForm({ api, view }: { api: ApiClient; view: CommitteeInternalControlView }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshInternalControl();
  const decision = useDecisionDate();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormSubmit(
    ["body.decision.date", "body.decision.paragraph", "body.decision.bodyId"],
    decision.required("body.decision"),
    async () => {
      await api.call(controlPlanAdoptRoute, {
        params: { id: view.planYearId, ownerScopeId: view.owner.id },
        body: { decision: decision.of(view.owner.id) },
        ifMatch: view.plan.etag,
      });
      setSaved(t("ic.plan.adoptedNotice"));
      refresh();
    },
  );
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="adopt-heading" noValidate>
      <h3 id="adopt-heading" className={styles.subheading}>
        {t("ic.plan.adopt", { owner: view.owner.name })}
      </h3>
      <DecisionDateFields decision={decision} field={form.fieldProps} path="body.decision" />
      <FormFooter form={form} submit={t("ic.plan.adoptSubmit")} />
      <SuccessNotice message={saved} />
    </form>
  );
}

/** A control's periods: each one's report status and result, a link to report or read it. */
function PeriodCells({ control, view }: { control: PlannedControl; view: CommitteeInternalControlView }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const periods = new Map(view.periods.map((p) => [p.id, p]));
  return (
    <ul className={styles.list}>
      {control.periods.map((s) => {
        const period = periods.get(s.periodId);
        const name = period ? periodName(period, language) : s.periodId;
        return (
          <li key={s.periodId} className={styles.stack} style={{ gap: 0 }}>
            <Link
              href={controlReportHash(control.id, s.periodId)}
              aria-label={t("ic.plan.openReport", { control: control.title, period: name })}
            >
              {name}
            </Link>
            {s.result ? <ControlResultText result={s.result} /> : <ReportStatusText status={s.status} overdue={s.overdue} />}
          </li>
        );
      })}
    </ul>
  );
}

/** The internal control plan: its adoption, its controls with results per period, and the forms. */
export function ControlPlan({ api, view }: { api: ApiClient; view: CommitteeInternalControlView }) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  const [adding, setAdding] = useState(false);
  const { adopted, amendments } = view.plan;
  const risks = new Map(view.risks.map((r) => [r.id, r.title]));
  return (
    <div className={styles.stack}>
      <section className={styles.card} aria-labelledby="plan-heading">
        <h2 id="plan-heading" className={styles.subheading}>
          {t("ic.plan.title", { owner: view.owner.name })}
        </h2>
        <Text className={styles.iconText}>
          {adopted ? <CheckmarkCircleRegular aria-hidden="true" /> : <DocumentEditRegular aria-hidden="true" />}
          {adopted
            ? t("ic.plan.adopted", { date: formatDate(adopted.date, language), paragraph: adopted.paragraph })
            : t("ic.plan.notAdopted")}
        </Text>
        {amendments.length > 0 && (
          <Text className={styles.muted}>
            {t("ic.plan.amendments", {
              list: amendments.map((a) => `${formatDate(a.date, language)} ${a.paragraph}`).join(", "),
            })}
          </Text>
        )}
        <Text className={styles.muted}>{tp("ic.control.count", view.controls.length)}</Text>
        {!adopted && view.allowed.adopt && <AdoptForm api={api} view={view} />}
      </section>
      {view.allowed.edit && !adding && (
        <div>
          <Button appearance="primary" onClick={() => setAdding(true)}>
            {adopted ? t("ic.control.addAmendment") : t("ic.control.add")}
          </Button>
        </div>
      )}
      {adding && (
        <section className={styles.card}>
          <ControlForm api={api} view={view} onDone={() => setAdding(false)} />
          <div>
            <Button onClick={() => setAdding(false)}>{t("ic.cancel")}</Button>
          </div>
        </section>
      )}
      <h2 className={styles.subheading}>{t("ic.control.listTitle")}</h2>
      {view.controls.length === 0 ? (
        <Text>{t("ic.control.none")}</Text>
      ) : (
        <DataTable
          label={t("ic.control.listTitle")}
          columns={[t("ic.control.title"), t("ic.control.how"), t("ic.control.responsible"), t("ic.control.periodsColumn")]}
          rows={view.controls.map((c) => ({
            key: c.id,
            cells: [
              <span key="title" className={styles.stack} style={{ gap: 0 }}>
                <Text className={styles.wrap}>{c.title}</Text>
                {c.commonId && <Text className={styles.muted}>{t("ic.control.common")}</Text>}
                {c.amendment && <Text className={styles.muted}>{t("ic.control.amended", { paragraph: c.amendment.paragraph })}</Text>}
                {c.riskIds.length > 0 && (
                  <Text className={styles.muted}>
                    {t("ic.control.forRisks", { risks: c.riskIds.map((id) => risks.get(id) ?? id).join("; ") })}
                  </Text>
                )}
              </span>,
              `${t(`ic.method.${c.method}`)}${c.scope ? ` · ${c.scope}` : ""} · ${t(`ic.frequency.${c.frequency}`)}`,
              c.responsibleName || t("ic.control.noResponsible"),
              <PeriodCells key="periods" control={c} view={view} />,
            ],
          }))}
        />
      )}
      <YearEnd api={api} view={view} />
    </div>
  );
}
