// The Word documents the product writes (the goal section, the internal-control report):
// one page format, one style set with Word's own headings, tables with repeated header rows
// and native charts with alt text, so every document passes Word's accessibility check.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
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

export type DocxLocale = "sv" | "en";

/** A number as the reader's language writes it; a dash for none. */
export const number = (v: number | null, locale: DocxLocale) => (v === null ? "–" : v.toLocaleString(locale === "sv" ? "sv-SE" : "en-GB"));

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

export function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
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
export function columnChart(c: {
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

/** The document around `children`: A4, Calibri, Word's heading styles, the municipality and title in the header, page numbers in the footer. */
export async function packDocument(doc: {
  title: string;
  subject: string;
  creator: string;
  description: string;
  locale: DocxLocale;
  pageLabels: { page: string; of: string };
  children: (Paragraph | Table)[];
}): Promise<Uint8Array> {
  const { title, locale, children } = doc;
  const font = "Calibri";
  const heading = (size: number, outlineLevel: number, before: number) => ({
    run: { font, size, bold: true, color: "1F3864" },
    paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before, after: 120 } },
  });
  const document = new Document({
    title,
    subject: doc.subject,
    creator: doc.creator,
    description: doc.description,
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
            children: [new Paragraph({ children: [new TextRun({ text: `${doc.creator} · ${title}`, size: 18, color: "595959" })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: [`${doc.pageLabels.page} `, PageNumber.CURRENT, ` ${doc.pageLabels.of} `, PageNumber.TOTAL_PAGES],
                  }),
                ],
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
