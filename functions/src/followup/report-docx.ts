import { type Assessment, countAssessments, type IndicatorStatus, periodName, type ReportDocument } from "@kvalitetskedjan/domain";
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { ChartRun } from "docx/charts";

type Locale = "sv" | "en";

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

const number = (v: number | null, locale: Locale) => (v === null ? "–" : v.toLocaleString(locale === "sv" ? "sv-SE" : "en-GB"));

/** A4 with 2.5 cm margins: the width tables share, in twentieths of a point. */
const pageWidth = 11906;
const margin = 1418;
const contentWidth = pageWidth - 2 * margin;
/** About one character of the body font (Calibri 11 pt), in twentieths of a point, with room for the cell's padding. */
const charWidth = 115;
const cellPadding = 230;

/**
 * Column widths from the content: each column gets room for its longest word (so Word never
 * breaks a word across lines) and a share of the rest by how much text it holds.
 */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const longestWord = Array.from({ length: columns }, (_, c) =>
    Math.max(...rows.map((r) => Math.max(0, ...(r[c] ?? "").split(/\s+/).map((w) => w.length)))),
  );
  const typical = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((r) => Math.min((r[c] ?? "").length, 60))));
  const floors = longestWord.map((n) => n * charWidth + cellPadding);
  const floorSum = floors.reduce((a, b) => a + b, 0);
  if (floorSum >= contentWidth) return floors.map((f) => Math.floor((f / floorSum) * contentWidth));
  const spare = contentWidth - floorSum;
  const weight = typical.reduce((a, b) => a + b, 0) || 1;
  return floors.map((f, c) => Math.floor(f + (spare * (typical[c] ?? 0)) / weight));
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const widths = columnWidths([header, ...rows]);
  const cell = (text: string, column: number, bold = false) =>
    new TableCell({
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold })] })],
    });
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      // A header row Word repeats on each page and screen readers announce with each cell.
      new TableRow({ tableHeader: true, children: header.map((h, c) => cell(h, c, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((text, c) => cell(text, c)) })),
    ],
  });
}

/** A native Word column chart whose alt text states its data, in a paragraph of its own. */
function columnChart(c: {
  title: string;
  stacked: boolean;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  description: string;
  height: number;
}): Paragraph {
  return new Paragraph({
    children: [
      new ChartRun({
        type: "column",
        ...(c.stacked ? { stacking: "stacked" as const } : {}),
        title: c.title,
        categories: c.categories,
        series: c.series,
        dataLabels: { value: true },
        altText: { name: c.title, title: c.title, description: c.description },
        transformation: { width: 600, height: c.height },
      }),
    ],
  });
}

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
  const font = "Calibri";
  const heading = (size: number, outlineLevel: number, before: number) => ({
    run: { font, size, bold: true, color: "1F3864" },
    paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before, after: 120 } },
  });
  const document = new Document({
    title,
    subject: doc.scopeName,
    creator: doc.municipality,
    description: t.basis,
    styles: {
      default: {
        // Word's built-in styles, with outline levels, so the navigation pane and a table of contents find the headings.
        document: {
          run: { font, size: 22, language: { value: locale === "sv" ? "sv-SE" : "en-GB" } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: { run: { font, size: 40, bold: true, color: "1F3864" }, paragraph: { spacing: { after: 240 } } },
        heading1: heading(32, 0, 360),
        heading2: heading(26, 1, 240),
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: pageWidth, height: 16838 }, margin: { top: margin, bottom: margin, left: margin, right: margin } },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: `${doc.municipality} · ${title}`, size: 18, color: "595959" })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 18, children: [`${t.page} `, PageNumber.CURRENT, ` ${t.of} `, PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
