import { makeStyles, Spinner, Tab, TabList, Text } from "@fluentui/react-components";
import { internalControlCommitteeGetRoute, type Me, orgUnitsListRoute, planYearsListRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { PlanYearField } from "../shared/plan-year-field.js";
import { useViewStyles } from "../shared/views.styles.js";
import { ActionsList } from "./actions-list.js";
import { ControlPlan } from "./control-plan.js";
import { Oversight } from "./oversight.js";
import { RiskAnalysis } from "./risk-analysis.js";
import { Rsa } from "./rsa.js";

// At 320 px the parts wrap onto more lines instead of running off the side.
const useStyles = makeStyles({ tabs: { flexWrap: "wrap" } });

const ownerKinds = ["executiveBoard", "committee", "company"] as const;
type Part = "analysis" | "plan" | "actions" | "oversight" | "rsa";
const parts: readonly Part[] = ["analysis", "plan", "actions", "oversight", "rsa"];
/** The parts that show every committee's (or department's) at once, with choosers of their own. */
const wholeMunicipality: readonly Part[] = ["oversight", "rsa"];

/**
 * Internkontroll: a committee's or company's materiality and risk analysis with its matrix,
 * its internal control plan with results per period, the actions deviations produced, and
 * the executive board's oversight of all of them.
 */
export function InternalControlView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useViewStyles();
  const local = useStyles();
  const { t } = useI18n();
  const yearsRead = useRead(api, planYearsListRoute);
  const unitsRead = useRead(api, orgUnitsListRoute);
  const years = yearsRead.data?.planYears ?? [];
  const thisYear = String(new Date().getFullYear());
  const [planYearId, setPlanYearId] = useState<string | null>(null);
  const yearId = planYearId ?? years.find((y) => y.id === thisYear)?.id ?? years.at(-1)?.id ?? "";
  const owners = (unitsRead.data?.units ?? [])
    .filter((u) => u.active && (ownerKinds as readonly string[]).includes(u.kind))
    .sort((a, b) => ownerKinds.indexOf(a.kind as never) - ownerKinds.indexOf(b.kind as never) || a.name.localeCompare(b.name, "sv"));
  // The person's own committee first: where they keep, chair or report on internal control.
  const own = me.responsibilities.find((r) => (ownerKinds as readonly string[]).includes(r.scopeKind) && r.role !== "reader");
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const ownerScopeId = ownerId ?? own?.scopeId ?? owners.find((o) => o.kind === "committee")?.id ?? "";
  const [part, setPart] = useState<Part>("analysis");
  const committeeRead = useRead(
    api,
    internalControlCommitteeGetRoute,
    { params: { id: yearId, ownerScopeId } },
    { enabled: yearId !== "" && ownerScopeId !== "" && !wholeMunicipality.includes(part), keepPrevious: true },
  );
  const { error, retry } = failureOf(yearsRead, unitsRead, committeeRead);
  const committee = committeeRead.data ?? null;

  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("ic.title")}</h1>
      <Text>{t("ic.intro")}</Text>
      <div className={styles.row} style={{ justifyContent: "flex-start", alignItems: "flex-end" }}>
        <PlanYearField years={years} value={yearId} onChange={(y) => setPlanYearId(y?.id ?? null)} />
        {!wholeMunicipality.includes(part) && (
          <ChoiceField label={t("ic.owner")} value={ownerScopeId} choices={owners} onChange={setOwnerId} />
        )}
      </div>
      <TabList className={local.tabs} selectedValue={part} onTabSelect={(_, d) => setPart(d.value as Part)} aria-label={t("ic.parts")}>
        {parts.map((p) => (
          <Tab key={p} value={p}>
            {t(`ic.part.${p}`)}
          </Tab>
        ))}
      </TabList>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {part === "oversight" && yearId !== "" && <Oversight api={api} planYearId={yearId} />}
      {part === "rsa" && yearId !== "" && <Rsa api={api} planYearId={yearId} units={unitsRead.data?.units ?? []} />}
      {!wholeMunicipality.includes(part) && committee === null && error === null && <Spinner label={t("app.loading")} />}
      {!wholeMunicipality.includes(part) && committee && (
        <>
          {part === "analysis" && <RiskAnalysis api={api} view={committee} />}
          {part === "plan" && <ControlPlan api={api} view={committee} />}
          {part === "actions" && <ActionsList api={api} view={committee} />}
        </>
      )}
    </div>
  );
}
