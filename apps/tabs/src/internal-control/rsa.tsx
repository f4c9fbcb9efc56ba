import { Button, Link, Spinner, Text } from "@fluentui/react-components";
import { ErrorCircleRegular } from "@fluentui/react-icons";
import { type Capability, capabilities, type OrgUnit, type RiskLevel, type RsaView, rsaGetRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { documentHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate } from "../shared/period-name.js";
import { useViewStyles } from "../shared/views.styles.js";
import { levelColours, RiskLevelText } from "./risk-level.js";
import { type CellRef, CellRiskList, RiskMatrixView } from "./risk-matrix.js";
import { FunctionForm, MeasureForm, ThreatForm } from "./rsa-forms.js";

const rsaOwnerKinds = ["department", "company"];
/** A capability drawn as the risk level of the same seriousness: good is green, very inadequate red. */
const capabilityLevel: Record<Capability, RiskLevel> = {
  good: "low",
  someShortcomings: "medium",
  inadequate: "high",
  veryInadequate: "veryHigh",
};

function CapabilityText({ capability }: { capability: Capability | null }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  if (!capability) return <Text size={200}>{t("ic.rsa.notAssessed")}</Text>;
  return (
    <Text
      size={200}
      className={styles.iconText}
      style={{
        backgroundColor: levelColours[capabilityLevel[capability]].background,
        borderLeft: `3px solid ${levelColours[capabilityLevel[capability]].border}`,
        paddingInline: "4px",
        alignSelf: "flex-start",
      }}
    >
      {capability !== "good" && <ErrorCircleRegular aria-hidden="true" />}
      {t(`ic.capability.${capability}`)}
    </Text>
  );
}

/** The functions, their dependencies, tolerable outage, capability and continuity plan. */
function FunctionsTable({ view }: { view: RsaView }) {
  const { t, language } = useI18n();
  const styles = useViewStyles();
  return (
    <DataTable
      label={t("ic.rsa.functions")}
      columns={[t("ic.rsa.function"), t("ic.rsa.dependencies"), t("ic.rsa.outage"), t("ic.rsa.capability"), t("ic.rsa.continuityPlan")]}
      rows={view.functions.map((f) => ({
        key: f.id,
        cells: [
          <span key="name" className={styles.stack} style={{ gap: 0 }}>
            <Text className={styles.wrap}>{f.name}</Text>
            {view.owner === null && <Text className={styles.muted}>{f.ownerName}</Text>}
          </span>,
          f.dependencies.map((d) => `${t(`ic.rsa.dependency.${d.kind}`)}${d.note ? ` (${d.note})` : ""}`).join(", ") || "–",
          t("ic.rsa.hours", { hours: String(f.tolerableOutageHours) }),
          <span key="capability" className={styles.stack} style={{ gap: 0 }}>
            <CapabilityText capability={f.capability} />
            {f.capabilityNote && <Text size={200}>{f.capabilityNote}</Text>}
          </span>,
          f.continuityPlan ? (
            <span key="plan" className={styles.stack} style={{ gap: 0 }}>
              <Link href={documentHash(f.continuityPlan.id)}>{f.continuityPlan.title}</Link>
              {f.continuityPlan.validUntil && (
                <Text size={200}>{t("ic.rsa.validUntil", { date: formatDate(f.continuityPlan.validUntil, language) })}</Text>
              )}
            </span>
          ) : (
            t("ic.rsa.noPlan")
          ),
        ],
      }))}
    />
  );
}

/** RSA: one department's or company's risk and vulnerability analysis, or the municipality's consolidated. */
export function Rsa({ api, planYearId, units }: { api: ApiClient; planYearId: string; units: readonly OrgUnit[] }) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  const [ownerScopeId, setOwnerScopeId] = useState("");
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [adding, setAdding] = useState<"function" | "threat" | "measure" | null>(null);
  const read = useRead(
    api,
    rsaGetRoute,
    { params: { id: planYearId }, query: { ownerScopeId: ownerScopeId || undefined } },
    { keepPrevious: true },
  );
  const { error, retry } = failureOf(read);
  const view = read.data ?? null;
  const owners = units
    .filter((u) => u.active && rsaOwnerKinds.includes(u.kind))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"))
    .map((u) => ({ id: u.id, name: u.name }));
  const functionName = new Map((view?.functions ?? []).map((f) => [f.id, f.name]));
  const owned = view?.owner ? (view as RsaView & { owner: NonNullable<RsaView["owner"]> }) : null;
  const done = () => setAdding(null);
  return (
    <div className={styles.stack}>
      <h2 className={styles.subheading}>{t("ic.rsa.title")}</h2>
      <Text>{t("ic.rsa.intro")}</Text>
      <div className={styles.form}>
        <ChoiceField label={t("ic.rsa.owner")} value={ownerScopeId} choices={owners} onChange={setOwnerScopeId} all={t("ic.rsa.all")} />
      </div>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {view === null && error === null && <Spinner label={t("app.loading")} />}
      {view && (
        <>
          <ul className={styles.list} aria-label={t("ic.rsa.capabilitySummary")}>
            {capabilities.map((c) => (
              <li key={c} className={styles.iconText}>
                <CapabilityText capability={c} />
                <Text>{tp("ic.rsa.functionCount", view.capabilityCounts[c] ?? 0)}</Text>
              </li>
            ))}
          </ul>
          {owned && view.allowed.edit && (
            <div className={styles.row} style={{ justifyContent: "flex-start" }}>
              <Button onClick={() => setAdding("function")}>{t("ic.rsa.addFunction")}</Button>
              <Button onClick={() => setAdding("threat")}>{t("ic.rsa.addThreat")}</Button>
              <Button onClick={() => setAdding("measure")}>{t("ic.rsa.addMeasure")}</Button>
            </div>
          )}
          {owned && adding && (
            <section className={styles.card}>
              {adding === "function" && <FunctionForm api={api} view={owned} onDone={done} />}
              {adding === "threat" && <ThreatForm api={api} view={owned} onDone={done} />}
              {adding === "measure" && <MeasureForm api={api} view={owned} onDone={done} />}
              <div>
                <Button onClick={done}>{t("ic.cancel")}</Button>
              </div>
            </section>
          )}
          <h3 className={styles.subheading}>{t("ic.rsa.functions")}</h3>
          {view.functions.length === 0 ? <Text>{t("ic.rsa.noFunctions")}</Text> : <FunctionsTable view={view} />}
          <section className={styles.card} aria-labelledby="rsa-matrix-heading">
            <h3 id="rsa-matrix-heading" className={styles.subheading}>
              {t("ic.rsa.matrix")}
            </h3>
            <RiskMatrixView matrix={view.matrix} label={t("ic.rsa.matrixLabel")} selected={selected} onSelect={setSelected} />
            <CellRiskList matrix={view.matrix} selected={selected} detail={(r) => r.ownerName} />
          </section>
          {view.risks.length > 0 && (
            <DataTable
              label={t("ic.rsa.threats")}
              columns={[t("ic.rsa.threat"), t("ic.rsa.vulnerability"), t("ic.rsa.functionThreatened"), t("ic.risk.level")]}
              rows={view.risks.map((r) => ({
                key: r.id,
                cells: [
                  r.threat,
                  r.vulnerability || "–",
                  r.functionId ? (functionName.get(r.functionId) ?? "–") : "–",
                  <RiskLevelText key="level" level={r.level} value={r.value} />,
                ],
              }))}
            />
          )}
          <h3 className={styles.subheading}>{t("ic.rsa.measures")}</h3>
          {view.measures.length === 0 ? (
            <Text>{t("ic.action.none")}</Text>
          ) : (
            <DataTable
              label={t("ic.rsa.measures")}
              columns={[t("ic.rsa.measure"), t("ic.action.owner"), t("ic.action.dueOn"), t("ic.action.statusColumn")]}
              rows={view.measures.map((m) => ({
                key: m.id,
                cells: [
                  m.what,
                  m.ownerPersonName,
                  formatDate(m.dueOn, language),
                  `${t(`ic.action.status.${m.status}`)}${m.overdue ? ` · ${t("ic.action.overdue")}` : ""}`,
                ],
              }))}
            />
          )}
        </>
      )}
    </div>
  );
}
