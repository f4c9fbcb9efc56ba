import { makeStyles, Text, tokens } from "@fluentui/react-components";
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
  WarningRegular,
} from "@fluentui/react-icons";
import type { Assessment, GoverningDocument, IndicatorStatus, ReportStatus } from "@kvalitetskedjan/domain";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n.js";
import { useViewStyles } from "./views.styles.js";

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

/** Each assessment's colour (Fluent palette tokens, right in every theme); always beside its icon and text. */
export const assessmentColours: Readonly<Record<Assessment, { readonly foreground: string; readonly background: string }>> = {
  fulfilled: { foreground: tokens.colorPaletteGreenForeground1, background: tokens.colorPaletteGreenBackground3 },
  partlyFulfilled: { foreground: tokens.colorPaletteDarkOrangeForeground1, background: tokens.colorPaletteMarigoldBackground3 },
  notFulfilled: { foreground: tokens.colorPaletteRedForeground1, background: tokens.colorPaletteRedBackground3 },
  notAssessed: { foreground: tokens.colorNeutralForeground3, background: tokens.colorNeutralBackground5 },
};

/** The assessments from best to not assessed, the order counts and bars show them in. */
export const assessmentOrder: readonly Assessment[] = ["fulfilled", "partlyFulfilled", "notFulfilled", "notAssessed"];

/** An assessment's icon in its colour. */
export function AssessmentIcon({ value }: { value: Assessment }) {
  return (
    <span aria-hidden="true" style={{ color: assessmentColours[value].foreground, display: "inline-flex" }}>
      {assessmentIcons[value]}
    </span>
  );
}

export function AssessmentText({ value, prefix }: { value: Assessment; prefix?: (text: string) => string }) {
  const { t } = useI18n();
  const text = t(`assessment.${value}`);
  return <IconText icon={<AssessmentIcon value={value} />}>{prefix ? prefix(text) : text}</IconText>;
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

const useRevisionStyles = makeStyles({
  // Foreground 2: darker than 1 in the light theme, lighter in the dark, so 4.5:1 holds on either background.
  expired: { color: tokens.colorStatusDangerForeground2 },
  dueSoon: { color: tokens.colorStatusWarningForeground2 },
});

/**
 * A governing document that needs revising, as icon, text and colour (never colour alone):
 * "Utgången sedan 1 065 dagar", "Ska revideras: 12 dagar kvar".
 */
export function RevisionText({ revision }: { revision: NonNullable<GoverningDocument["revision"]> }) {
  const { tp } = useI18n();
  const styles = useRevisionStyles();
  const expired = revision.state === "expired";
  return (
    <span className={expired ? styles.expired : styles.dueSoon}>
      <IconText icon={expired ? <ErrorCircleRegular aria-hidden="true" /> : <WarningRegular aria-hidden="true" />}>
        {expired ? tp("revision.expired", Math.max(0, -revision.daysLeft)) : tp("revision.dueSoon", revision.daysLeft)}
      </IconText>
    </span>
  );
}

/** A governing document's status, and beside it, when it needs revising, how urgently (icon, text, colour). */
export function DocumentStatusText({ status, revision }: { status: GoverningDocument["status"]; revision: GoverningDocument["revision"] }) {
  const { t } = useI18n();
  const styles = useViewStyles();
  return (
    <span className={styles.stack}>
      <span>{t(`documents.status.${status}`)}</span>
      {revision && <RevisionText revision={revision} />}
    </span>
  );
}
