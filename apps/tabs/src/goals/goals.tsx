import { Field, MessageBar, MessageBarBody, Select, Spinner, Text } from "@fluentui/react-components";
import {
  type Assessment,
  type GoalList,
  type GoalTree,
  goalsListRoute,
  goalTreeGetRoute,
  type Me,
  type OrgUnit,
  orgUnitsListRoute,
  planYearsListRoute,
} from "@kvalitetskedjan/domain";
import { useEffect, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useInvalidate, useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { periodName } from "../shared/period-name.js";
import { latestAssessedPeriod, PlanYearField } from "../shared/plan-year-field.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useViewStyles } from "../shared/views.styles.js";
import { AddGoalForm } from "./add-goal-form.js";
import { GoalChain } from "./goal-card.js";
import { PlanYearForm } from "./plan-year-form.js";

export type TreeIndicator = GoalTree["indicators"][number];

interface Loaded {
  readonly goals: GoalList;
  readonly units: ReadonlyMap<string, OrgUnit>;
  readonly indicators: ReadonlyMap<string, readonly TreeIndicator[]>;
  /** Each goal's assessment in the chosen period, from its owner's report. */
  readonly assessments: ReadonlyMap<string, Assessment>;
}

const byGoal = (indicators: readonly TreeIndicator[]) => {
  const map = new Map<string, TreeIndicator[]>();
  for (const i of indicators) map.set(i.goalId, [...(map.get(i.goalId) ?? []), i]);
  return map;
};

const assessmentsOf = (tree: GoalTree) => {
  const map = new Map<string, Assessment>();
  for (const r of tree.reports) for (const [goalId, a] of Object.entries(r.assessments)) map.set(goalId, a.assessment);
  return map;
};

/** The goal chain of a plan year: council goals and, nested below each, the goals that break it down. */
export function GoalsView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const yearsRead = useRead(api, planYearsListRoute);
  const years = yearsRead.data?.planYears ?? null;
  const [yearId, setYearId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const invalidate = useInvalidate();

  // The newest plan year and its latest assessed period, until the person chooses.
  useEffect(() => {
    if (!years) return;
    setYearId((current) => current ?? years[0]?.id ?? null);
    setPeriodId((current) => current || (latestAssessedPeriod(years[0]) ?? ""));
  }, [years]);

  const enabled = { enabled: yearId !== null };
  const goalsRead = useRead(api, goalsListRoute, { params: { id: yearId ?? "" } }, enabled);
  const orgRead = useRead(api, orgUnitsListRoute);
  const treeRead = useRead(api, goalTreeGetRoute, { params: { id: yearId ?? "" }, query: { periodId: periodId || undefined } }, enabled);
  const data = useMemo<Loaded | null>(
    () =>
      goalsRead.data && orgRead.data && treeRead.data
        ? {
            goals: goalsRead.data,
            units: new Map(orgRead.data.units.map((u) => [u.id, u])),
            indicators: byGoal(treeRead.data.indicators),
            assessments: assessmentsOf(treeRead.data),
          }
        : null,
    [goalsRead.data, orgRead.data, treeRead.data],
  );
  const { error, retry } = failureOf(yearsRead, goalsRead, orgRead, treeRead);

  const year = years?.find((y) => y.id === yearId) ?? null;
  const canEdit = me.allowed.addGoals;

  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("goals.title")}</h1>
      <Text>{t("goals.intro")}</Text>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {years === null && error === null && <Spinner label={t("app.loading")} />}
      {years?.length === 0 && <Text>{t("goals.noPlanYears")}</Text>}
      {years && years.length > 0 && (
        <PlanYearField
          className={styles.form}
          years={years}
          value={yearId ?? ""}
          onChange={(y) => {
            setYearId(y?.id ?? null);
            setPeriodId(latestAssessedPeriod(y) ?? "");
          }}
        />
      )}
      {year && year.periods.length > 0 && (
        <Field className={styles.form} label={t("goals.period")}>
          <Select value={periodId} onChange={(_, d) => setPeriodId(d.value)}>
            <option value="">{t("goals.noPeriod")}</option>
            {year.periods
              .filter((p) => p.kind !== "month")
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {periodName(p, language)}
                </option>
              ))}
          </Select>
        </Field>
      )}
      {year && <Text weight="semibold">{t("goals.vision", { vision: year.vision })}</Text>}
      <SuccessNotice message={notice} />
      {year && data && (
        <>
          {data.goals.warnings.map((w) => (
            <MessageBar key={w.ownerScopeId} intent="warning">
              <MessageBarBody>
                {t("goals.tooMany", {
                  owner: data.units.get(w.ownerScopeId)?.name ?? w.ownerScopeId,
                  count: String(w.count),
                  limit: String(w.limit),
                })}
              </MessageBarBody>
            </MessageBar>
          ))}
          <GoalChain
            key={year.id}
            year={year}
            goals={data.goals.goals}
            units={data.units}
            indicators={data.indicators}
            assessments={periodId ? data.assessments : null}
          />
          {canEdit && (
            <AddGoalForm
              key={year.id}
              api={api}
              year={year}
              goals={data.goals.goals}
              units={data.units}
              onAdded={() => {
                setNotice(t("goals.added"));
                void invalidate(goalsListRoute, goalTreeGetRoute);
              }}
            />
          )}
        </>
      )}
      {year && !data && error === null && <Spinner label={t("app.loading")} />}
      {years && me.allowed.administerMunicipality && (
        <section className={styles.card}>
          <PlanYearForm
            key={years.length}
            api={api}
            years={years}
            onCreated={(created) => {
              setNotice(t("planning.created", { year: String(created.year) }));
              setYearId(created.id);
              setPeriodId("");
              void invalidate(planYearsListRoute);
            }}
          />
        </section>
      )}
    </div>
  );
}
