import { Button, Spinner, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular, DocumentEditRegular, ErrorCircleRegular, WarningRegular } from "@fluentui/react-icons";
import { internalControlOversightGetRoute, type OversightRow, type OversightView } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate, periodName } from "../shared/period-name.js";
import { useViewStyles } from "../shared/views.styles.js";
import { AssessForm, CommonControlForm } from "./oversight-forms.js";
import { type CellRef, CellRiskList, RiskMatrixView } from "./risk-matrix.js";

/** The oversight table: a row a committee or company, each figure in words with an icon where it calls for attention. */
function OversightTable({
  view,
  assessing,
  onAssess,
}: {
  view: OversightView;
  assessing: string | null;
  onAssess: (ownerId: string | null) => void;
}) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  const periods = new Map(view.periods.map((p) => [p.id, periodName(p, language)]));
  const cells = (row: OversightRow) => [
    <Text key="owner" weight="semibold" className={styles.wrap}>
      {row.owner.name}
    </Text>,
    <Text key="plan" size={200} className={styles.iconText}>
      {row.adopted ? <CheckmarkCircleRegular aria-hidden="true" /> : <DocumentEditRegular aria-hidden="true" />}
      {row.adopted
        ? t("ic.oversight.adoptedOn", { date: formatDate(row.adopted.date, language), paragraph: row.adopted.paragraph })
        : t("ic.oversight.notAdopted")}
    </Text>,
    `${tp("ic.risk.count", row.riskCount)} · ${tp("ic.oversight.highCount", row.highRiskCount)}`,
    <ul key="periods" className={styles.list}>
      {row.periods.map((p) => (
        <li key={p.periodId}>
          <Text size={200} className={styles.iconText}>
            {p.overdue > 0 && <ErrorCircleRegular aria-hidden="true" />}
            {t("ic.oversight.reported", {
              period: periods.get(p.periodId) ?? p.periodId,
              reported: String(p.reported),
              scheduled: String(p.scheduled),
            })}
            {p.overdue > 0 ? ` · ${tp("ic.oversight.late", p.overdue)}` : ""}
          </Text>
        </li>
      ))}
    </ul>,
    <span key="deviations" className={styles.stack} style={{ gap: 0 }}>
      <Text size={200} className={styles.iconText}>
        {row.deviations.significantDeviation > 0 && <ErrorCircleRegular aria-hidden="true" />}
        {tp("ic.oversight.significant", row.deviations.significantDeviation)}
      </Text>
      <Text size={200} className={styles.iconText}>
        {row.deviations.minorDeviation > 0 && <WarningRegular aria-hidden="true" />}
        {tp("ic.oversight.minor", row.deviations.minorDeviation)}
      </Text>
    </span>,
    <Text key="actions" size={200} className={styles.iconText}>
      {row.overdueActions > 0 && <ErrorCircleRegular aria-hidden="true" />}
      {tp("ic.action.openCount", row.openActions)} · {tp("ic.action.overdueCount", row.overdueActions)}
    </Text>,
    <span key="assessment" className={styles.stack} style={{ gap: tokens.spacingVerticalXS }}>
      <Text size={200}>
        {row.assessment
          ? `${t(`ic.sufficiency.${row.assessment.sufficiency}`)} (${row.assessment.decision.paragraph})`
          : t("ic.oversight.notAssessed")}
      </Text>
      {view.allowed.assess && (
        <Button
          size="small"
          aria-expanded={assessing === row.owner.id}
          aria-label={t("ic.oversight.assessOne", { owner: row.owner.name })}
          onClick={() => onAssess(assessing === row.owner.id ? null : row.owner.id)}
        >
          {t("ic.oversight.assess")}
        </Button>
      )}
    </span>,
  ];
  return (
    <DataTable
      label={t("ic.oversight.tableLabel")}
      columns={[
        t("ic.oversight.owner"),
        t("ic.oversight.plan"),
        t("ic.oversight.risks"),
        t("ic.oversight.reporting"),
        t("ic.oversight.deviations"),
        t("ic.oversight.actions"),
        t("ic.oversight.assessment"),
      ]}
      rows={view.rows.map((row) => ({ key: row.owner.id, cells: cells(row) }))}
    />
  );
}

/** Kommunstyrelsens uppsikt: every committee's and company's internal control, the risks on one matrix, and the board's assessments. */
export function Oversight({ api, planYearId }: { api: ApiClient; planYearId: string }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [categoryKey, setCategoryKey] = useState("");
  const [ownerScopeId, setOwnerScopeId] = useState("");
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [assessing, setAssessing] = useState<string | null>(null);
  const [addingCommon, setAddingCommon] = useState(false);
  const read = useRead(
    api,
    internalControlOversightGetRoute,
    { params: { id: planYearId }, query: { categoryKey: categoryKey || undefined, ownerScopeId: ownerScopeId || undefined } },
    { keepPrevious: true },
  );
  const { error, retry } = failureOf(read);
  const view = read.data ?? null;
  if (error !== null) return <ErrorMessage error={error} onRetry={retry} />;
  if (!view) return <Spinner label={t("app.loading")} />;
  const owners = view.rows.map((r) => ({ id: r.owner.id, name: r.owner.name }));
  const board = view.rows.find((r) => r.owner.kind === "executiveBoard")?.owner ?? null;
  const assessed = view.rows.find((r) => r.owner.id === assessing) ?? null;
  return (
    <div className={styles.stack}>
      <section className={styles.stack} aria-labelledby="oversight-heading">
        <h2 id="oversight-heading" className={styles.subheading}>
          {t("ic.oversight.title")}
        </h2>
        <Text>{t("ic.oversight.intro")}</Text>
        <OversightTable view={view} assessing={assessing} onAssess={setAssessing} />
      </section>
      {assessed && board && (
        <section className={styles.card}>
          <AssessForm key={assessed.assessmentEtag} api={api} planYearId={planYearId} row={assessed} boardId={board.id} />
        </section>
      )}
      {view.allowed.addCommonControl && board && !addingCommon && (
        <div>
          <Button onClick={() => setAddingCommon(true)}>{t("ic.common.open")}</Button>
        </div>
      )}
      {addingCommon && board && (
        <section className={styles.card}>
          <CommonControlForm
            api={api}
            planYearId={planYearId}
            periods={view.periods}
            boardId={board.id}
            onDone={() => setAddingCommon(false)}
          />
          <div>
            <Button onClick={() => setAddingCommon(false)}>{t("ic.cancel")}</Button>
          </div>
        </section>
      )}
      <section className={styles.card} aria-labelledby="oversight-matrix-heading">
        <h2 id="oversight-matrix-heading" className={styles.subheading}>
          {t("ic.oversight.matrix")}
        </h2>
        <div className={styles.row} style={{ justifyContent: "flex-start", alignItems: "flex-end" }}>
          <ChoiceField
            label={t("ic.risk.category")}
            value={categoryKey}
            choices={view.categories.map((c) => ({ id: c.key, name: c.name }))}
            onChange={setCategoryKey}
            all={t("ic.all")}
          />
          <ChoiceField label={t("ic.owner")} value={ownerScopeId} choices={owners} onChange={setOwnerScopeId} all={t("ic.all")} />
        </div>
        <RiskMatrixView matrix={view.matrix} label={t("ic.oversight.matrix")} selected={selected} onSelect={setSelected} />
        <CellRiskList matrix={view.matrix} selected={selected} detail={(r) => r.ownerName} />
      </section>
    </div>
  );
}
