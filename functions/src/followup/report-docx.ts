import { type Assessment, countAssessments, type IndicatorStatus, periodName, type ReportDocument } from "@kvalitetskedjan/domain";
import { HeadingLevel, Paragraph, type Table, TextRun } from "docx";
import { columnChart, type DocxLocale, number, packDocument, table } from "../platform/docx-document.js";

type Locale = DocxLocale;

const labels = {
  sv: {
    goalSection: "Målavsnitt",
    summary: "Sammanfattning",
    summaryChart: "Målens bedömning per nämnd",
    owner: "Nämnd eller enhet",
    assessment: "Bedömning",
    analysis: "Analys",
    actions: "Åtgärder",
    indicator: "Nyckeltal",
    outcome: "Utfall",
    women: "Kvinnor",
    men: "Män",
    target: "Mål",
    status: "Status",
    noApproved: "Ingen godkänd rapport för perioden.",
    noDecision: "Inga fastställda bedömningar av fullmäktiges mål ännu.",
    notAssessedYet: "Inte bedömd i en godkänd rapport",
    basis: "Underlaget är godkända och behandlade rapporter samt fastställda bedömningar av fullmäktiges mål.",
    indicatorChart: "Utfall och mål per nyckeltal",
    chartDescription: (what: string) => `Stapeldiagram, ${what}.`,
    page: "Sida",
    of: "av",
  },
  en: {
    goalSection: "Goal section",
    summary: "Summary",
    summaryChart: "Goal assessments by committee",
    owner: "Committee or unit",
    assessment: "Assessment",
    analysis: "Analysis",
    actions: "Actions",
    indicator: "Indicator",
    outcome: "Outcome",
    women: "Women",
    men: "Men",
    target: "Target",
    status: "Status",
    noApproved: "No approved report for the period.",
    noDecision: "No decided assessment of the council's goals yet.",
    notAssessedYet: "Not assessed in an approved report",
    basis: "Based on approved and reviewed reports and the decided assessments of the council's goals.",
    indicatorChart: "Outcome and target per indicator",
    chartDescription: (what: string) => `Column chart, ${what}.`,
    page: "Page",
    of: "of",
  },
} as const;

const assessmentNames: Record<Locale, Record<Assessment, string>> = {
  sv: { fulfilled: "Uppfyllt", partlyFulfilled: "Delvis uppfyllt", notFulfilled: "Ej uppfyllt", notAssessed: "Ej bedömt" },
  en: { fulfilled: "Fulfilled", partlyFulfilled: "Partly fulfilled", notFulfilled: "Not fulfilled", notAssessed: "Not assessed" },
};
const statusNames: Record<Locale, Record<IndicatorStatus, string>> = {
  sv: { onTrack: "Når målet", offTrack: "Når inte målet", noTarget: "Inget mål", noValue: "Inget utfall" },
  en: { onTrack: "On track", offTrack: "Off track", noTarget: "No target", noValue: "No value" },
};
const assessmentOrder: readonly Assessment[] = ["fulfilled", "partlyFulfilled", "notFulfilled", "notAssessed"];

const periodTitle = (period: ReportDocument["period"], locale: Locale): string => periodName(period, locale);

/**
 * The goal section of an interim or annual report as a Word document: headings in order,
 * tables with header rows, native Word charts with alt text that states their data, and
 * the document's language set, so it passes Word's accessibility check.
 */
export async function renderReportDocx(doc: ReportDocument, locale: Locale): Promise<Uint8Array> {
  const t = labels[locale];
  const title = `${t.goalSection} – ${periodTitle(doc.period, locale)}`;
  const counted = doc.owners.map((o) => ({
    owner: o,
    counts: countAssessments(o.goals.flatMap((g) => (g.assessment ? [g.assessment] : []))),
  }));
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({ children: [new TextRun({ text: doc.scopeName, bold: true, size: 28 })] }),
    new Paragraph({ children: [new TextRun({ text: doc.planYear.vision, italics: true })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t.summary)] }),
    new Paragraph({ children: [new TextRun(t.basis)] }),
  ];
  const withGoals = counted.filter((c) => c.owner.goals.length > 0);
  if (withGoals.length > 0) {
    const described = withGoals
      .map((c) => `${c.owner.name}: ${assessmentOrder.map((a) => `${assessmentNames[locale][a]} ${c.counts[a]}`).join(", ")}`)
      .join("; ");
    children.push(
      columnChart({
        title: t.summaryChart,
        stacked: true,
        categories: withGoals.map((c) => c.owner.name),
        series: assessmentOrder.map((a) => ({ name: assessmentNames[locale][a], values: withGoals.map((c) => c.counts[a]) })),
        description: `${t.chartDescription(t.summaryChart)} ${described}.`,
        height: 320,
      }),
      table(
        [t.owner, ...assessmentOrder.map((a) => assessmentNames[locale][a])],
        withGoals.map((c) => [c.owner.name, ...assessmentOrder.map((a) => String(c.counts[a]))]),
      ),
    );
  }
  for (const owner of doc.owners) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(owner.name)] }));
    if (owner.goals.every((g) => g.assessment === null)) {
      children.push(new Paragraph({ children: [new TextRun(owner.kind === "council" ? t.noDecision : t.noApproved)] }));
    }
    for (const goal of owner.goals) {
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(goal.title)] }),
        new Paragraph({
          children: [
            new TextRun({ text: `${t.assessment}: `, bold: true }),
            new TextRun(goal.assessment ? assessmentNames[locale][goal.assessment] : t.notAssessedYet),
          ],
        }),
      );
      if (goal.analysis) {
        children.push(new Paragraph({ children: [new TextRun({ text: `${t.analysis}: `, bold: true }), new TextRun(goal.analysis)] }));
      }
      if (goal.actions) {
        children.push(new Paragraph({ children: [new TextRun({ text: `${t.actions}: `, bold: true }), new TextRun(goal.actions)] }));
      }
      if (goal.indicators.length > 0) {
        children.push(
          table(
            [t.indicator, t.outcome, t.women, t.men, t.target, t.status],
            goal.indicators.map((i) => [
              `${i.title} (${i.unit})`,
              number(i.total, locale),
              number(i.women, locale),
              number(i.men, locale),
              number(i.target, locale),
              statusNames[locale][i.status],
            ]),
          ),
        );
        const charted = goal.indicators.filter((i) => i.total !== null);
        if (charted.length > 0) {
          const described = charted
            .map((i) => `${i.title}: ${t.outcome} ${number(i.total, locale)}, ${t.target} ${number(i.target, locale)}`)
            .join("; ");
          children.push(
            columnChart({
              title: t.indicatorChart,
              stacked: false,
              categories: charted.map((i) => (i.title.length > 40 ? `${i.title.slice(0, 39)}…` : i.title)),
              series: [
                { name: t.outcome, values: charted.map((i) => i.total) },
                { name: t.target, values: charted.map((i) => i.target) },
              ],
              description: `${t.chartDescription(t.indicatorChart)} ${described}.`,
              height: 280,
            }),
          );
        }
      }
    }
  }
  return packDocument({
    title,
    subject: doc.scopeName,
    creator: doc.municipality,
    description: t.basis,
    locale,
    pageLabels: { page: t.page, of: t.of },
    children,
  });
}
