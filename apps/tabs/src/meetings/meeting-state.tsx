import { Text } from "@fluentui/react-components";
import { CalendarRegular, CheckmarkStarburstRegular, GavelRegular, MailRegular } from "@fluentui/react-icons";
import type { MeetingState } from "@kvalitetskedjan/domain";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n.js";
import { useViewStyles } from "../shared/views.styles.js";

const icons: Record<MeetingState, ReactNode> = {
  planned: <CalendarRegular aria-hidden="true" />,
  agendaPublished: <MailRegular aria-hidden="true" />,
  held: <GavelRegular aria-hidden="true" />,
  adjusted: <CheckmarkStarburstRegular aria-hidden="true" />,
};

/** A meeting's state as icon and text. */
export function MeetingStateText({ state }: { state: MeetingState }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  return (
    <Text size={200} className={styles.iconText}>
      {icons[state]}
      {t(`mtg.state.${state}`)}
    </Text>
  );
}
