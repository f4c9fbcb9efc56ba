import { Button, Link, Text } from "@fluentui/react-components";
import {
  ArchiveRegular,
  CheckmarkCircleRegular,
  ChevronDownRegular,
  ChevronRightRegular,
  CircleRegular,
  WarningRegular,
} from "@fluentui/react-icons";
import type { Assessment, Goal, OrgUnit, PlanYear } from "@kvalitetskedjan/domain";
import { useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { goalHash } from "../route.js";
import { formatDate } from "../shared/period-name.js";
import { AssessmentText, IndicatorStatusText } from "../shared/status.js";
import { useViewStyles } from "../shared/views.styles.js";
import type { TreeIndicator } from "./goals.js";

/** Up to this many goals the whole chain is open. */
const openChainUpTo = 200;

export function GoalChain({
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
  const { t, tp } = useI18n();
  const children = useMemo(() => {
    const map = new Map<string, Goal[]>();
    for (const g of goals) for (const p of g.parentGoalIds) map.set(p, [...(map.get(p) ?? []), g]);
    return map;
  }, [goals]);
  const top = goals.filter((g) => g.levelKey === year.levels[0]?.key);
  // A municipality's whole chain is open when it is small; a large one (thousands of goals)
  // opens one goal's breakdown at a time, so the screen draws what is read, not everything.
  const [open, setOpen] = useState<ReadonlySet<string> | "all">(() => (goals.length <= openChainUpTo ? "all" : new Set()));
  const isOpen = (id: string) => open === "all" || open.has(id);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current === "all" ? goals.map((g) => g.id) : current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
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
            {(children.get(g.id)?.length ?? 0) > 0 && (
              <Button
                appearance="transparent"
                size="small"
                icon={isOpen(g.id) ? <ChevronDownRegular /> : <ChevronRightRegular />}
                aria-expanded={isOpen(g.id)}
                onClick={() => toggle(g.id)}
              >
                {tp(isOpen(g.id) ? "goals.hideUnder" : "goals.showUnder", children.get(g.id)?.length ?? 0)}
                <span className={styles.visuallyHidden}>{` ${t("goals.under", { title: g.title })}`}</span>
              </Button>
            )}
            {(children.get(g.id)?.length ?? 0) > 0 && isOpen(g.id) && render(children.get(g.id) ?? [], depth + 1)}
          </li>
        ))}
    </ul>
  );
  return <section aria-label={t("goals.title")}>{render(top, 0)}</section>;
}

export function GoalCard({
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
      {goal.retired && (
        <Text size={200} className={styles.iconText}>
          <ArchiveRegular aria-hidden="true" />
          {t("goals.retired", { date: formatDate(goal.retired.at.slice(0, 10), language), note: goal.retired.note })}
        </Text>
      )}
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
