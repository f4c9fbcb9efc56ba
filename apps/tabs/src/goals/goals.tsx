import { Button, Field, Input, Link, MessageBar, MessageBarBody, Select, Spinner, Text } from "@fluentui/react-components";
import { CheckmarkCircleRegular, CircleRegular, WarningRegular } from "@fluentui/react-icons";
import {
  type Assessment,
  type Goal,
  type GoalList,
  type GoalTree,
  goalCreateRoute,
  goalsListRoute,
  goalTreeGetRoute,
  type Me,
  type OrgUnit,
  orgUnitsListRoute,
  type PlanYear,
  planYearsListRoute,
} from "@kvalitetskedjan/domain";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { goalHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { ErrorMessage } from "../shared/error-message.js";
import { ErrorSummary } from "../shared/error-summary.js";
import { periodName } from "../shared/period-name.js";
import { latestAssessedPeriod, PlanYearField } from "../shared/plan-year-field.js";
import { AssessmentText, IndicatorStatusText } from "../shared/status.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

const editorRoles = new Set(["administrator", "chair", "departmentHead"]);

type TreeIndicator = GoalTree["indicators"][number];

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
  const [years, setYears] = useState<PlanYear[] | null>(null);
  const [yearId, setYearId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState("");
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    api
      .read(planYearsListRoute)
      .then((r) => {
        setYears(r.planYears);
        setYearId(r.planYears[0]?.id ?? null);
        setPeriodId(latestAssessedPeriod(r.planYears[0]) ?? "");
      })
      .catch(setError);
  }, [api]);

  const load = useCallback(() => {
    if (!yearId) return;
    setError(null);
    Promise.all([
      api.read(goalsListRoute, { params: { id: yearId } }),
      api.read(orgUnitsListRoute),
      api.read(goalTreeGetRoute, { params: { id: yearId }, query: { periodId: periodId || undefined } }),
    ])
      .then(([goals, org, tree]) =>
        setData({
          goals,
          units: new Map(org.units.map((u) => [u.id, u])),
          indicators: byGoal(tree.indicators),
          assessments: assessmentsOf(tree),
        }),
      )
      .catch(setError);
  }, [api, yearId, periodId]);
  useEffect(load, [load]);

  const year = years?.find((y) => y.id === yearId) ?? null;
  const canEdit = me.responsibilities.some((r) => editorRoles.has(r.role));

  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("goals.title")}</h1>
      <Text>{t("goals.intro")}</Text>
      {error !== null && <ErrorMessage error={error} onRetry={load} />}
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
                load();
              }}
            />
          )}
        </>
      )}
      {year && !data && error === null && <Spinner label={t("app.loading")} />}
    </div>
  );
}

function GoalChain({
  year,
  goals,
  units,
  indicators,
  assessments,
}: {
  year: PlanYear;
  goals: readonly Goal[];
  units: ReadonlyMap<string, OrgUnit>;
  indicators: ReadonlyMap<string, readonly TreeIndicator[]>;
  assessments: ReadonlyMap<string, Assessment> | null;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const children = useMemo(() => {
    const map = new Map<string, Goal[]>();
    for (const g of goals) for (const p of g.parentGoalIds) map.set(p, [...(map.get(p) ?? []), g]);
    return map;
  }, [goals]);
  const top = goals.filter((g) => g.levelKey === year.levels[0]?.key);
  if (goals.length === 0) return <Text>{t("goals.none")}</Text>;

  const render = (list: readonly Goal[], depth: number) => (
    <ul className={depth === 0 ? styles.list : styles.treeList}>
      {[...list]
        .sort((a, b) => a.title.localeCompare(b.title, "sv"))
        .map((g) => (
          <li key={g.id}>
            <GoalCard
              goal={g}
              year={year}
              units={units}
              indicators={indicators.get(g.id) ?? []}
              assessment={assessments ? (assessments.get(g.id) ?? null) : undefined}
            />
            {(children.get(g.id)?.length ?? 0) > 0 && render(children.get(g.id) ?? [], depth + 1)}
          </li>
        ))}
    </ul>
  );
  return <section aria-label={t("goals.title")}>{render(top, 0)}</section>;
}

function GoalCard({
  goal,
  year,
  units,
  indicators,
  assessment,
}: {
  goal: Goal;
  year: PlanYear;
  units: ReadonlyMap<string, OrgUnit>;
  indicators: readonly TreeIndicator[];
  /** The goal's assessment in the chosen period; null when not assessed, undefined when no period is chosen. */
  assessment: Assessment | null | undefined;
}) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const level = year.levels.find((l) => l.key === goal.levelKey);
  const area = year.areas.find((a) => a.id === goal.areaId);
  const review = goal.credibilityReview;
  return (
    <article className={styles.card} aria-label={goal.title}>
      <Text size={200} className={styles.muted}>
        {(language === "en" ? level?.name.en : undefined) ?? level?.name.sv ?? goal.levelKey}
      </Text>
      <Link className={styles.wrap} href={goalHash(goal.id)}>
        {goal.title}
      </Link>
      <Text size={200}>{t("goals.owner", { owner: units.get(goal.ownerScopeId)?.name ?? goal.ownerScopeId })}</Text>
      {area && <Text size={200}>{t("goals.area", { area: area.name })}</Text>}
      <Text size={200} className={styles.iconText}>
        {review === null ? (
          <>
            <CircleRegular aria-hidden="true" /> {t("goals.review.none")}
          </>
        ) : review.conclusion === "credible" ? (
          <>
            <CheckmarkCircleRegular aria-hidden="true" /> {t("goals.review.credible")}
          </>
        ) : (
          <>
            <WarningRegular aria-hidden="true" /> {t("goals.review.needsWork", { note: review.note })}
          </>
        )}
      </Text>
      {assessment === null && <Text size={200}>{t("assessment.none")}</Text>}
      {assessment && <AssessmentText value={assessment} />}
      {indicators.length > 0 && (
        <ul className={styles.list} aria-label={t("goals.indicators")}>
          {indicators.map((i) => (
            <li key={i.id}>
              <Text size={200} className={styles.wrap}>
                {[
                  t("goals.indicator", { title: i.title, unit: i.unit }),
                  t(i.direction === "higherIsBetter" ? "goals.higherIsBetter" : "goals.lowerIsBetter"),
                  i.target === null ? null : t("goals.target", { year: String(year.year), value: String(i.target) }),
                  i.baseline === null ? null : t("goals.baseline", { year: String(i.baseline.year), value: String(i.baseline.value) }),
                  i.splitByGender ? t("goals.byGender") : null,
                ]
                  .filter((x) => x !== null)
                  .join(" · ")}
              </Text>
              {assessment !== undefined && i.value !== null && (
                <Text size={200} className={styles.iconText}>
                  {t("goals.value", { value: String(i.value) })}
                </Text>
              )}
              {assessment !== undefined && <IndicatorStatusText status={i.status} />}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function AddGoalForm({
  api,
  year,
  goals,
  units,
  onAdded,
}: {
  api: ApiClient;
  year: PlanYear;
  goals: readonly Goal[];
  units: ReadonlyMap<string, OrgUnit>;
  onAdded: () => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const lastLevel = year.levels.at(-1)?.key;
  const parents = goals.filter((g) => g.levelKey !== lastLevel);
  const [parentId, setParentId] = useState<string>(parents[0]?.id ?? "");
  const parent = goals.find((g) => g.id === parentId) ?? null;
  const levelIndex = parent ? year.levels.findIndex((l) => l.key === parent.levelKey) + 1 : 0;
  const level = year.levels[levelIndex];
  const owners = [...units.values()]
    .filter((u) => level?.ownerKinds.includes(u.kind) && (!parent || u.path.includes(parent.ownerScopeId)))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
  const [ownerId, setOwnerId] = useState("");
  const [title, setTitle] = useState("");
  const [areaId, setAreaId] = useState(parent?.areaId ?? "");
  const owner = owners.find((o) => o.id === ownerId) ?? owners[0];
  const form = useFormSubmit(["body.title", "body.ownerScopeId", "body.parentGoalIds"], { "body.title": title.trim() !== "" }, async () => {
    await api.call(goalCreateRoute, {
      body: {
        planYearId: year.id,
        levelKey: level?.key ?? "",
        ownerScopeId: owner?.id ?? "",
        title: title.trim(),
        areaId: areaId || null,
        parentGoalIds: parent ? [parent.id] : [],
      },
    });
    setTitle("");
    onAdded();
  });
  const titleError = form.messageFor("body.title");
  const ownerError = form.messageFor("body.ownerScopeId");
  const parentError = form.messageFor("body.parentGoalIds");

  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="add-goal-heading" noValidate>
      <h2 id="add-goal-heading" className={styles.subheading}>
        {t("goals.addTitle")}
      </h2>
      <Field label={t("goals.parent")} validationState={parentError ? "error" : "none"} validationMessage={parentError ?? null}>
        <Select className={styles.fullWidth} value={parentId} onChange={(_, d) => setParentId(d.value)}>
          <option value="">{t("goals.topLevel")}</option>
          {parents.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("goals.ownerField")} validationState={ownerError ? "error" : "none"} validationMessage={ownerError ?? null}>
        <Select className={styles.fullWidth} value={owner?.id ?? ""} onChange={(_, d) => setOwnerId(d.value)}>
          {owners.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("goals.titleField")} required validationState={titleError ? "error" : "none"} validationMessage={titleError ?? null}>
        <Input value={title} maxLength={300} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t("goals.areaField")}>
        <Select value={areaId} onChange={(_, d) => setAreaId(d.value)}>
          <option value="">{t("goals.noArea")}</option>
          {year.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      <ErrorSummary form={form} />
      {form.general !== null && <ErrorMessage error={form.general} />}
      <div>
        <Button type="submit" appearance="primary" disabled={form.busy || !owner}>
          {t("goals.add")}
        </Button>
      </div>
    </form>
  );
}
