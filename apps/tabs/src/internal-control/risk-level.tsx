import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular, ErrorCircleRegular, WarningRegular } from "@fluentui/react-icons";
import type { ControlResult, RiskLevel } from "@kvalitetskedjan/domain";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n.js";
import { useViewStyles } from "../shared/views.styles.js";

/** Each level's colours (Fluent palette tokens, right in every theme); always beside its icon and text. */
export const levelColours: Readonly<Record<RiskLevel, { readonly background: string; readonly border: string }>> = {
  low: { background: tokens.colorPaletteGreenBackground2, border: tokens.colorPaletteGreenBorderActive },
  medium: { background: tokens.colorPaletteYellowBackground2, border: tokens.colorPaletteYellowBorderActive },
  high: { background: tokens.colorPaletteDarkOrangeBackground2, border: tokens.colorPaletteDarkOrangeBorderActive },
  veryHigh: { background: tokens.colorPaletteRedBackground2, border: tokens.colorPaletteRedBorderActive },
};

const levelIcons: Record<RiskLevel, ReactNode> = {
  low: <CheckmarkCircleRegular aria-hidden="true" />,
  medium: <WarningRegular aria-hidden="true" />,
  high: <ErrorCircleRegular aria-hidden="true" />,
  veryHigh: <ErrorCircleRegular aria-hidden="true" />,
};

const useStyles = makeStyles({
  chip: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    borderLeftWidth: tokens.strokeWidthThicker,
    borderLeftStyle: "solid",
    alignSelf: "flex-start",
  },
});

/** A risk level as colour, icon and text. */
export function RiskLevelText({ level, value }: { level: RiskLevel; value?: number }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Text
      size={200}
      className={styles.chip}
      style={{ backgroundColor: levelColours[level].background, borderLeftColor: levelColours[level].border }}
    >
      {levelIcons[level]}
      {t(`ic.level.${level}`)}
      {value !== undefined ? ` (${value})` : ""}
    </Text>
  );
}

const resultIcons: Record<ControlResult, ReactNode> = {
  noRemark: <CheckmarkCircleRegular aria-hidden="true" />,
  minorDeviation: <WarningRegular aria-hidden="true" />,
  significantDeviation: <ErrorCircleRegular aria-hidden="true" />,
};
const resultLevel: Record<ControlResult, RiskLevel> = { noRemark: "low", minorDeviation: "medium", significantDeviation: "veryHigh" };

/** A control's result as colour, icon and text. */
export function ControlResultText({ result }: { result: ControlResult }) {
  const styles = useStyles();
  const view = useViewStyles();
  const { t } = useI18n();
  const colours = levelColours[resultLevel[result]];
  return (
    <Text
      size={200}
      className={`${styles.chip} ${view.wrap}`}
      style={{ backgroundColor: colours.background, borderLeftColor: colours.border }}
    >
      {resultIcons[result]}
      {t(`ic.result.${result}`)}
    </Text>
  );
}
