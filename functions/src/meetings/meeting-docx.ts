import type { AgendaItem, Meeting, MeetingFile } from "@kvalitetskedjan/domain";
import { HeadingLevel, Paragraph, type Table, TextRun } from "docx";
import { type DocxLocale, packDocument, table } from "../platform/docx-document.js";

const labels = {
  sv: {
    notice: "Kallelse",
    minutes: "Protokoll",
    extract: "Protokollsutdrag",
    meeting: (body: string, number: number, year: string) => `${body}, sammanträde ${number} ${year}`,
    when: "Tid",
    where: "Plats",
    secretary: "Sekreterare",
    adjusters: "Justerare",
    adjusted: (on: string, by: string) => `Protokollet justerades ${on} av ${by}.`,
    notAdjusted: "Protokollet är inte justerat (utkast).",
    agenda: "Ärenden",
    item: "Punkt",
    heading: "Ärende",
    kind: "Slag",
    noDecision: "Inget beslut protokollfört.",
    decision: "Beslut",
    types: { noted: "Noteras", approved: "Godkänns", adopted: "Antas", referredBack: "Återremitteras", assigned: "Uppdrag" },
    signatures: "Underskrifter",
    signSecretary: "Sekreterare",
    signChair: "Ordförande",
    signAdjuster: "Justerare",
    certified: "Utdraget bestyrks",
    page: "Sida",
    of: "av",
  },
  en: {
    notice: "Notice",
    minutes: "Minutes",
    extract: "Extract from the minutes",
    meeting: (body: string, number: number, year: string) => `${body}, meeting ${number} ${year}`,
    when: "Time",
    where: "Place",
    secretary: "Secretary",
    adjusters: "Adjusters",
    adjusted: (on: string, by: string) => `The minutes were adjusted on ${on} by ${by}.`,
    notAdjusted: "The minutes are not adjusted (draft).",
    agenda: "Items",
    item: "Item",
    heading: "Item",
    kind: "Kind",
    noDecision: "No decision recorded.",
    decision: "Decision",
    types: { noted: "Noted", approved: "Approved", adopted: "Adopted", referredBack: "Referred back", assigned: "Assignment" },
    signatures: "Signatures",
    signSecretary: "Secretary",
    signChair: "Chair",
    signAdjuster: "Adjuster",
    certified: "Certified extract",
    page: "Page",
    of: "of",
  },
} as const;

const para = (text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ ...(heading ? { heading } : {}), children: [new TextRun(text)] });

/** The meeting's facts: when, where, who keeps and adjusts the minutes. */
function facts(m: Meeting, l: (typeof labels)[DocxLocale]): Table {
  return table(
    [l.when, l.where, l.secretary, l.adjusters],
    [[`${m.date} ${m.startsAt}`, m.location || "–", m.secretaryName, m.adjusters.map((a) => a.name).join(", ") || "–"]],
  );
}

/** One decided item as the minutes write it: its §, heading, what it was about and the decision. */
function decided(item: AgendaItem, l: (typeof labels)[DocxLocale]): Paragraph[] {
  const d = item.decision;
  if (!d) return [];
  return [
    para(`§ ${d.paragraph} ${item.title}`, HeadingLevel.HEADING_2),
    ...(item.summary ? [para(item.summary)] : []),
    new Paragraph({ children: [new TextRun({ text: `${l.decision}: `, bold: true }), new TextRun(`${l.types[d.type]}. ${d.text}`)] }),
  ];
}

async function pack(m: Meeting, title: string, children: (Paragraph | Table)[], locale: DocxLocale) {
  const l = labels[locale];
  return packDocument({
    title,
    subject: l.meeting(m.bodyName, m.number, m.date.slice(0, 4)),
    creator: m.bodyName,
    description: title,
    locale,
    pageLabels: { page: l.page, of: l.of },
    children,
  });
}

/** The notice (kallelse): the meeting and its published agenda, item by item. */
export async function renderNotice(m: Meeting, locale: DocxLocale): Promise<Uint8Array> {
  const l = labels[locale];
  const title = `${l.notice}: ${l.meeting(m.bodyName, m.number, m.date.slice(0, 4))}`;
  return pack(
    m,
    title,
    [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
      facts(m, l),
      para(l.agenda, HeadingLevel.HEADING_1),
      table(
        [l.item, l.heading, l.kind],
        m.agenda.items.map((i, n) => [String(n + 1), i.summary ? `${i.title}: ${i.summary}` : i.title, i.information ? "Information" : ""]),
      ),
    ],
    locale,
  );
}

/** The minutes (protokoll): the meeting, each decision under its §, the adjustment and room for the signatures. */
export async function renderMinutes(m: Meeting, locale: DocxLocale): Promise<Uint8Array> {
  const l = labels[locale];
  const title = `${l.minutes}: ${l.meeting(m.bodyName, m.number, m.date.slice(0, 4))}`;
  const items = [...m.agenda.items].filter((i) => i.decision).sort((a, b) => (a.decision?.paragraph ?? 0) - (b.decision?.paragraph ?? 0));
  return pack(
    m,
    title,
    [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
      facts(m, l),
      para(m.adjusted ? l.adjusted(m.adjusted.on, m.adjusted.by) : l.notAdjusted),
      para(l.agenda, HeadingLevel.HEADING_1),
      ...items.flatMap((i) => decided(i, l)),
      para(l.signatures, HeadingLevel.HEADING_1),
      table([l.signSecretary, l.signChair, l.signAdjuster], [[m.secretaryName, "", m.adjusters.map((a) => a.name).join(", ")]]),
    ],
    locale,
  );
}

/** An extract of the minutes (protokollsutdrag): one § with the meeting it was taken at, to send to whoever it concerns. */
export async function renderExtract(m: Meeting, paragraph: number, locale: DocxLocale): Promise<Uint8Array | null> {
  const l = labels[locale];
  const item = m.agenda.items.find((i) => i.decision?.paragraph === paragraph);
  if (!item) return null;
  const title = `${l.extract}: ${l.meeting(m.bodyName, m.number, m.date.slice(0, 4))}, § ${paragraph}`;
  return pack(
    m,
    title,
    [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
      facts(m, l),
      ...decided(item, l),
      para(m.adjusted ? l.adjusted(m.adjusted.on, m.adjusted.by) : l.notAdjusted),
      para(l.certified),
    ],
    locale,
  );
}

/** The file names a meeting's documents are filed under: the body and the date, and the § of an extract. */
export function meetingFileName(m: Meeting, which: "notice" | "minutes", paragraph?: number): string {
  const base = `${m.bodyName} ${m.date}`;
  if (which === "notice") return `Kallelse ${base}.docx`;
  return paragraph ? `Protokollsutdrag ${base} § ${paragraph}.docx` : `Protokoll ${base}.docx`;
}

/** The files of a meeting document: the notice, or the minutes with an extract of each §. */
export async function meetingFiles(m: Meeting, which: "notice" | "minutes", locale: DocxLocale): Promise<MeetingFile[]> {
  if (which === "notice") return [{ name: meetingFileName(m, "notice"), content: await renderNotice(m, locale) }];
  const paragraphs = m.agenda.items.flatMap((i) => (i.decision ? [i.decision.paragraph] : [])).sort((a, b) => a - b);
  const extracts = await Promise.all(
    paragraphs.map(async (n) => ({
      name: meetingFileName(m, "minutes", n),
      content: (await renderExtract(m, n, locale)) as Uint8Array,
      paragraph: n,
    })),
  );
  return [{ name: meetingFileName(m, "minutes"), content: await renderMinutes(m, locale) }, ...extracts];
}
