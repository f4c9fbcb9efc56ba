import { makeStyles, tokens } from "@fluentui/react-components";

export const useViewStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  /** Keeps a long tree's layout apart from the rest of the page. */
  contained: { contain: "content" },
  grid: {
    display: "grid",
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: "minmax(0, 1fr)",
    "@media (min-width: 768px)": { gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.4fr)" },
  },
  userGrid: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gap: tokens.spacingHorizontalS,
    gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))",
    "@media (max-width: 400px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  userButton: { justifyContent: "flex-start", textAlign: "start", height: "auto", paddingBlock: tokens.spacingVerticalS, width: "100%" },
  userLines: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  /** A wide table scrolls inside its card, never the page (320 px). */
  tableScroll: { overflowX: "auto", maxWidth: "100%" },
  iconText: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, maxWidth: "480px", minWidth: 0 },
  /** A select whose options can be long (goal titles) stays within its column. */
  fullWidth: { width: "100%", minWidth: 0, maxWidth: "100%" },
  wrap: { overflowWrap: "anywhere" },
  /** The error summary takes focus after a failed submit; its outline shows where focus went. */
  summary: { outlineOffset: "2px" },
  /** A definition list's value, under its term rather than indented. */
  definition: { margin: 0, overflowWrap: "anywhere" },
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  treeList: { listStyleType: "none", margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  treeRoot: { listStyleType: "none", margin: 0, padding: 0 },
  treeButton: { justifyContent: "flex-start", textAlign: "start", minHeight: "32px", maxWidth: "100%" },
});
