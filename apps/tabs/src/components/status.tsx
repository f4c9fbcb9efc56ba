import { Text } from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  CheckmarkStarburstRegular,
  CircleHalfFillRegular,
  CircleRegular,
  DismissCircleRegular,
  DocumentEditRegular,
  ErrorCircleRegular,
  QuestionCircleRegular,
  SendRegular,
} from "@fluentui/react-icons";
import type { Assessment, IndicatorStatus, ReportingPeriod, ReportStatus } from "@kvalitetskedjan/domain";
import type { ReactNode } from "react";
import type { Language, Translate } from "../i18n/i18n.js";
import { useI18n } from "../i18n/i18n.js";
import { useViewStyles } from "../views/views.styles.js";

/** A date as the reader writes it. */
export const formatDate = (iso: string, language: Language): string =>
  new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString(language === "en" ? "en-GB" : "sv-SE", {
    day: "numeric",
    month: "long",
    year: "numeric",
  });

/** A reporting period's name: "Delårsrapport per 31 augusti 2026", "Månadsrapport mars 2026". */
export function periodName(period: Pick<ReportingPeriod, "kind" | "endsOn">, t: Translate, language: Language): string {
  const end = new Date(`${period.endsOn}T12:00:00Z`);
  const locale = language === "en" ? "en-GB" : "sv-SE";
  if (period.kind === "month") return t("period.month", { month: end.toLocaleDateString(locale, { month: "long", year: "numeric" }) });
  if (period.kind === "interim") return t("period.interim", { date: formatDate(period.endsOn, language) });
  return t("period.annual", { year: String(end.getUTCFullYear()) });
}

function IconText({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  const styles = useViewStyles();
  return (
    <Text size={200} className={styles.iconText}>
      {icon}
      {children}
    </Text>
  );
}

const statusIcons: Record<ReportStatus, ReactNode> = {
  notStarted: <CircleRegular aria-hidden="true" />,
  draft: <DocumentEditRegular aria-hidden="true" />,
  submitted: <SendRegular aria-hidden="true" />,
  approved: <CheckmarkCircleRegular aria-hidden="true" />,
  reviewed: <CheckmarkStarburstRegular aria-hidden="true" />,
};

/** A report's status as icon and text, never colour alone. */
export function ReportStatusText({ status, overdue = false }: { status: ReportStatus; overdue?: boolean }) {
  const { t } = useI18n();
  return (
    <IconText icon={overdue ? <ErrorCircleRegular aria-hidden="true" /> : statusIcons[status]}>
      {t(`status.${status}`)}
      {overdue ? ` · ${t("status.overdue")}` : ""}
    </IconText>
  );
}

const assessmentIcons: Record<Assessment, ReactNode> = {
  fulfilled: <CheckmarkCircleRegular aria-hidden="true" />,
  partlyFulfilled: <CircleHalfFillRegular aria-hidden="true" />,
  notFulfilled: <DismissCircleRegular aria-hidden="true" />,
  notAssessed: <QuestionCircleRegular aria-hidden="true" />,
};

export function AssessmentText({ value, prefix }: { value: Assessment; prefix?: (text: string) => string }) {
  const { t } = useI18n();
  const text = t(`assessment.${value}`);
  return <IconText icon={assessmentIcons[value]}>{prefix ? prefix(text) : text}</IconText>;
}

const indicatorIcons: Record<IndicatorStatus, ReactNode> = {
  onTrack: <CheckmarkCircleRegular aria-hidden="true" />,
  offTrack: <DismissCircleRegular aria-hidden="true" />,
  noTarget: <CircleRegular aria-hidden="true" />,
  noValue: <QuestionCircleRegular aria-hidden="true" />,
};

export function IndicatorStatusText({ status }: { status: IndicatorStatus }) {
  const { t } = useI18n();
  return <IconText icon={indicatorIcons[status]}>{t(`indicatorStatus.${status}`)}</IconText>;
}
