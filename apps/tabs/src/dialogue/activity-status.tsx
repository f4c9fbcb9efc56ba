import { Text, tokens } from "@fluentui/react-components";
import {
  CalendarLtrRegular,
  ChatBubblesQuestionRegular,
  CheckmarkCircleRegular,
  ErrorCircleRegular,
  LightbulbRegular,
  LinkRegular,
  PlayCircleRegular,
  WarningRegular,
} from "@fluentui/react-icons";
import type { Activity, ActivityStatus, LadderStep } from "@kvalitetskedjan/domain";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n.js";
import { formatDate } from "../shared/period-name.js";
import { useViewStyles } from "../shared/views.styles.js";

const statusIcons: Record<ActivityStatus, ReactNode> = {
  proposed: <LightbulbRegular aria-hidden="true" />,
  planned: <CalendarLtrRegular aria-hidden="true" />,
  running: <PlayCircleRegular aria-hidden="true" />,
  completed: <CheckmarkCircleRegular aria-hidden="true" />,
  feedbackGiven: <ChatBubblesQuestionRegular aria-hidden="true" />,
};

const ladder: readonly LadderStep[] = ["information", "consultation", "participation", "coDecision"];

function IconText({ icon, colour, children }: { icon: ReactNode; colour?: string; children: ReactNode }) {
  const styles = useViewStyles();
  return (
    <Text size={200} className={styles.iconText}>
      <span style={{ color: colour, display: "inline-flex" }}>{icon}</span>
      {children}
    </Text>
  );
}

/** An activity's status as icon and text; an overdue feedback in red with its due date. */
export function ActivityStatusText({ activity }: { activity: Pick<Activity, "status" | "feedbackOverdue" | "feedbackDueOn"> }) {
  const { t, language } = useI18n();
  if (activity.feedbackOverdue) {
    return (
      <IconText icon={<ErrorCircleRegular aria-hidden="true" />} colour={tokens.colorPaletteRedForeground1}>
        {t(`dlg.status.${activity.status}`)} · {t("dlg.feedbackOverdue", { date: formatDate(activity.feedbackDueOn, language) })}
      </IconText>
    );
  }
  return <IconText icon={statusIcons[activity.status]}>{t(`dlg.status.${activity.status}`)}</IconText>;
}

/** The step on the dialogue ladder as four blocks, the reached ones filled, and its name. */
export function LadderStepText({ step }: { step: LadderStep }) {
  const { t } = useI18n();
  const n = ladder.indexOf(step) + 1;
  return (
    <Text size={200} style={{ display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS }}>
      <span aria-hidden="true" style={{ display: "inline-flex", gap: "2px" }}>
        {ladder.map((s, i) => (
          <span
            key={s}
            style={{
              width: "6px",
              height: `${6 + i * 3}px`,
              alignSelf: "flex-end",
              borderRadius: "1px",
              border: `1px solid ${tokens.colorBrandForeground1}`,
              backgroundColor: i < n ? tokens.colorBrandForeground1 : "transparent",
            }}
          />
        ))}
      </span>
      {t("dlg.stepOf", { n: String(n), step: t(`dlg.step.${step}`) })}
    </Text>
  );
}

/** The overlaps of an activity in one line: a warning while any is uncoordinated, else a link sign. */
export function OverlapText({ activity }: { activity: Pick<Activity, "overlaps"> }) {
  const { t } = useI18n();
  const open = activity.overlaps.filter((o) => o.coordinated === null);
  if (activity.overlaps.length === 0) return <Text size={200}>{t("dlg.overlap.none")}</Text>;
  if (open.length === 0) {
    return (
      <IconText icon={<LinkRegular aria-hidden="true" />}>
        {activity.overlaps.map((o) => t("dlg.overlap.coordinated", { title: o.title })).join("; ")}
      </IconText>
    );
  }
  return (
    <IconText icon={<WarningRegular aria-hidden="true" />} colour={tokens.colorPaletteDarkOrangeForeground1}>
      {open.map((o) => t("dlg.overlap.with", { title: o.title })).join("; ")}
    </IconText>
  );
}
